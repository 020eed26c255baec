package org.carebridge.cases.alert;

import jakarta.inject.Singleton;
import org.carebridge.cases.casefile.CareCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CONSENT_MISSING: a member has been on the team for {@code carebridge.alerts.consent-missing-days} and nothing about
 * consent was recorded for them, so they work without the youth's identity and journal (ConsentRules) and nobody
 * asked the youth or guardian yet. Not for the case's creator, who collected the data and needs none. A consent
 * revoked during this membership is a decision, not an omission: no alert. Once per membership (the cause is the
 * case_member row), so a member who leaves and comes back (their consents end on leaving) is asked about again.
 * Carries memberUsername and daysOnTeam.
 */
@Singleton
public class ConsentMissingCheck extends AbstractAlertCheck {

    private static final String CAUSE = "consent-missing:";
    /** The membership m has no live consent and none recorded since it began. */
    private static final String NO_CONSENT = """
            not exists (select 1 from consent k where k.case_id = m.case_id and k.member_username = m.username
                        and (k.revoked_at is null or k.recorded_at >= m.added_at))""";

    private final int days;

    public ConsentMissingCheck(CheckQueries queries,
                               @ConfigProperty(name = "carebridge.alerts.consent-missing-days", defaultValue = "14")
                               int days) {
        super("CONSENT_MISSING", queries);
        this.days = days;
    }

    /** Pages by membership, so that a big team is not cut at a page's end. */
    @Override
    public CheckPage find(UUID after) {
        List<Object[]> rows = queries.page("""
                select m.id, m.case_id, m.username, (m.added_at at time zone ?3)::date from case_member m
                join care_case c on c.id = m.case_id
                where c.status <> 'CLOSED' and m.id > ?1 and m.added_at <= ?4 and m.username <> c.created_by
                  and %s
                  and not exists (select 1 from case_alert a where a.case_id = m.case_id and a.cause = '%s' || m.id)
                order by m.id limit ?2""".formatted(NO_CONSENT, CAUSE), after, queries.zone(),
                queries.daysAgo(days));
        return CheckPage.of(rows, rows.stream().map(r -> candidate((UUID) r[1], (UUID) r[0], (String) r[2],
                queries.daysSince(r[3]))).toList());
    }

    static AlertCandidate candidate(UUID caseId, UUID membershipId, String member, int daysOnTeam) {
        return new AlertCandidate(caseId, CAUSE + membershipId,
                "Alert: no consent is recorded for " + member + ", on the team for " + daysOnTeam + " days",
                Map.of("memberUsername", member, "daysOnTeam", daysOnTeam));
    }

    /** Not when the member left, or a consent was recorded for them, between the check and now. */
    @Override
    public boolean stillDue(CareCase c, AlertCandidate candidate) {
        UUID membership = UUID.fromString(candidate.cause().substring(CAUSE.length()));
        return queries.exists("select 1 from case_member m where m.id = ?1 and m.case_id = ?2 and " + NO_CONSENT,
                membership, c.id);
    }
}
