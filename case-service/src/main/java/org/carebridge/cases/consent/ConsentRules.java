package org.carebridge.cases.consent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseVisibility;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The consent rule of case-service, on top of membership (which {@code CaseAccess} checks first):
 * <ul>
 * <li>The member who opened the case collected the youth's data and always sees it.</li>
 * <li>Every other member sees the youth's <b>identity</b> (name, birth date, languages, legal situation) only with a
 *     live {@link ConsentPurpose#IDENTITY} consent for them; without it the case shows {@code youth: null} and
 *     {@code restricted: ["IDENTITY"]}, cannot be found by name, and its identity cannot be edited (403).</li>
 * <li>Likewise the <b>journal</b> (notes, voices, decisions, signals) only with a live {@link ConsentPurpose#JOURNAL}
 *     consent: without it {@code /notes} answers 403 and the timeline leaves journal entries out. Goal titles and
 *     an escalation's "what was tried" are free text about the youth too: without JOURNAL they read null, with
 *     {@code restricted: ["JOURNAL"]}.</li>
 * <li>What stays visible to every member is the work's structure: region, intensity, domains, status, team and
 *     lead, goals and escalations without their text, and the service's own timeline entries.</li>
 * <li>Who records and revokes consents: {@link #requireMayGiveConsent} (TeamRules' rule 3).</li>
 * </ul>
 */
@ApplicationScoped
public class ConsentRules implements CaseVisibility {

    private final AuditTrail audit;

    public ConsentRules(AuditTrail audit) {
        this.audit = audit;
    }

    /** The refusal is audited in its own transaction. */
    @Override
    public void require(CareCase c, String username, ConsentPurpose purpose) {
        if (!allows(c, username, purpose)) {
            QuarkusTransaction.requiringNew().run(() -> audit.record(CaseAudit.CASE_ACCESS_REFUSED, CaseAudit.CASE,
                    c.id, c.id, "no consent for " + purpose));
            throw ProblemException.forbidden("the youth or guardian has not consented to share " + purpose
                    + " with you");
        }
    }

    public boolean allows(CareCase c, String username, ConsentPurpose purpose) {
        return username.equals(c.createdBy) || Consent.live(c.id, username, purpose);
    }

    @Override
    public Set<ConsentPurpose> restricted(CareCase c, String username) {
        Set<ConsentPurpose> restricted = EnumSet.noneOf(ConsentPurpose.class);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            if (!allows(c, username, p)) {
                restricted.add(p);
            }
        }
        return restricted;
    }

    @Override
    public Set<UUID> identityVisible(Collection<CareCase> cases, String username) {
        return allowing(cases, username, ConsentPurpose.IDENTITY);
    }

    /** {@link #allows} for many cases at once: of these, the ids of those where the member may see {@code purpose}. */
    public Set<UUID> allowing(Collection<CareCase> cases, String username, ConsentPurpose purpose) {
        Set<UUID> visible = new HashSet<>();
        for (CareCase c : cases) {
            if (username.equals(c.createdBy)) {
                visible.add(c.id);
            }
        }
        List<UUID> ids = cases.stream().map(c -> c.id).filter(id -> !visible.contains(id)).toList();
        if (!ids.isEmpty()) {
            Consent.<Consent>find("caseId in ?1 and memberUsername = ?2 and purpose = ?3 and revokedAt is null",
                    ids, username, purpose).stream().forEach(k -> visible.add(k.caseId));
        }
        return visible;
    }

    /** Used to keep name search and sorting by name honest. */
    @Override
    public String identityVisibleHql(String usernameParam) {
        return "(createdBy = :" + usernameParam + " or id in (select k.caseId from Consent k where k.memberUsername = :"
                + usernameParam + " and k.purpose = org.carebridge.cases.casefile.ConsentPurpose.IDENTITY"
                + " and k.revokedAt is null))";
    }

    /**
     * Who records or revokes a consent (team.TeamRules, rule 3): the case's steward, never for themselves; for a lead
     * who is not the creator, the creator, who collected the data (403 otherwise).
     */
    public static void requireMayGiveConsent(CareCase c, String me, String member) {
        if (me.equals(member)) {
            throw ProblemException.forbidden("nobody records or revokes a consent for themselves: the case's lead"
                    + " does (the creator for the lead)");
        }
        boolean forLeadByCreator = member.equals(c.leadUsername) && me.equals(c.createdBy);
        if (!forLeadByCreator && !me.equals(c.steward())) {
            throw ProblemException.forbidden("only the case's lead (or, while it has none, its creator) may record or"
                    + " revoke a consent");
        }
    }
}
