package org.carebridge.cases.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.outbox.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes case.team-changed.v1 through the outbox whenever a case changed, as {@code DigestPublisher} does for
 * digests: synchronously, inside the changing transaction, so it commits with the change and a database error
 * reaches the caller like any other (a before-completion observer's error is only logged, and the request then
 * fails without its cause). Only when the team, its lead or closed differ from the case's last snapshot, so that a
 * goal publishes nothing.
 */
@ApplicationScoped
public class TeamChangePublisher {

    private final EntityManager em;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public TeamChangePublisher(EntityManager em, Outbox outbox, ObjectMapper json, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    void onChange(@Observes CaseChanged change) {
        publish(change.caseId());
    }

    /** Publishes the case's team unless the last snapshot shows it as it is; inside the caller's transaction. */
    void publish(UUID caseId) {
        CareCase c = CareCase.findById(caseId);
        if (c == null) {
            return;
        }
        CaseTeamChangedV1 snapshot = snapshotOf(c);
        OffsetDateTime now = Clocks.now(clock);
        // numbered under the row lock of the upsert; no row back: the team is the same as in the last snapshot
        List<?> numbered = em.createNativeQuery("""
                        insert into case_team_snapshot (case_id, sequence, fingerprint, published_at)
                        values (?1, 1, encode(sha256(convert_to(?2, 'UTF8')), 'hex'), ?3)
                        on conflict (case_id) do update set sequence = case_team_snapshot.sequence + 1,
                            fingerprint = excluded.fingerprint, published_at = excluded.published_at
                        where case_team_snapshot.fingerprint <> excluded.fingerprint
                        returning sequence""")
                .setParameter(1, caseId).setParameter(2, canonical(snapshot)).setParameter(3, now)
                .getResultList();
        if (numbered.isEmpty()) {
            return;
        }
        long sequence = ((Number) numbered.get(0)).longValue();
        outbox.publish(snapshot.numbered(sequence, now));
    }

    /** The team in the order it was formed; a lead no longer on the team marks nobody (the case has no lead). */
    static CaseTeamChangedV1 snapshotOf(CareCase c) {
        List<CaseTeamChangedV1.Member> members = CaseMember.ofCase(c.id).stream()
                .map(m -> new CaseTeamChangedV1.Member(m.username, m.organisation, m.role,
                        m.username.equals(c.leadUsername)))
                .toList();
        return new CaseTeamChangedV1(c.id, c.region, 0, members, c.status == CaseStatus.CLOSED, null);
    }

    /** The unnumbered snapshot as JSON: equal exactly when every field but sequence and changedAt is equal. */
    private String canonical(CaseTeamChangedV1 unnumbered) {
        try {
            return json.writeValueAsString(unnumbered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("team snapshot", e);
        }
    }
}
