package org.carebridge.cases.recorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.closure.CaseErasureEvents.CaseDigestErasedV1;
import org.carebridge.cases.closure.CaseErasureEvents.CaseErasedV1;
import org.carebridge.cases.consent.Consent;
import org.carebridge.cases.goal.Goal;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.cases.timeline.TimelineParams;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The recorder's half for the case file itself, its team, consents and goals (the other half, {@link Recorder}, records
 * escalations and handovers): the same contract, synchronous in the service's transaction, CaseChanged last.
 */
@ApplicationScoped
public class CaseFileRecorder {

    private final Timeline timeline;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Pseudonyms pseudonyms;
    private final Event<CaseChanged> changed;

    public CaseFileRecorder(Timeline timeline, AuditTrail audit, Outbox outbox, Pseudonyms pseudonyms,
                            Event<CaseChanged> changed) {
        this.timeline = timeline;
        this.audit = audit;
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
        this.changed = changed;
    }

    void opened(@Observes CareCase.Opened opened) {
        CareCase c = opened.careCase();
        timeline.append(c.id, c.createdAt, TimelineKind.CASE_CREATED, c.createdBy,
                "Case opened; " + c.createdBy + " is the lead", TimelineParams.caseCreated(c.createdBy), null);
        audit.record(CaseAudit.CASE_CREATED, CaseAudit.CASE, c.id, c.id, null);
        changed(c.id);
    }

    void edited(@Observes CareCase.Edited edited) {
        UUID caseId = edited.careCase().id;
        String what = String.join(", ", edited.fields());
        timeline.append(caseId, edited.at(), TimelineKind.CASE_UPDATED, edited.by(), "Case details updated: " + what,
                TimelineParams.caseUpdated(edited.fields()), null);
        audit.record(CaseFileAudit.CASE_UPDATED, CaseAudit.CASE, caseId, caseId, what);
        changed(caseId);
    }

    void closed(@Observes CareCase.Closed closed) {
        CareCase c = closed.careCase();
        timeline.append(c.id, c.closedAt, TimelineKind.CASE_CLOSED, c.closedBy, "Case closed: " + c.outcome,
                TimelineParams.caseClosed(c.outcome), null);
        audit.record(CaseFileAudit.CASE_CLOSED, CaseAudit.CASE, c.id, c.id, c.outcome.name());
        changed(c.id);
    }

    /** The other services hold free text of this case too: they erase theirs when these events commit with ours. */
    void erased(@Observes CareCase.Erased erased) {
        CareCase c = erased.careCase();
        timeline.append(c.id, c.erasedAt, TimelineKind.PERSONAL_DATA_ERASED, erased.by(),
                "Personal data erased: " + erased.why(), TimelineParams.personalDataErased(erased.why()), null);
        audit.record(CaseFileAudit.PERSONAL_DATA_ERASED, CaseAudit.CASE, c.id, c.id, erased.why());
        outbox.publish(new CaseErasedV1(c.id, c.region, c.erasedAt));
        outbox.publish(new CaseDigestErasedV1(pseudonyms.of(c.id), c.erasedAt));
        changed(c.id);
    }

    void leadChanged(@Observes CareCase.LeadChanged lead) {
        CareCase c = lead.careCase();
        String now = c.leadUsername;
        timeline.append(c.id, lead.at(), TimelineKind.LEAD_CHANGED, lead.by(),
                now + " is the lead" + (lead.previousLead() == null ? "" : " (was " + lead.previousLead() + ")"),
                TimelineParams.leadChanged(now, lead.previousLead()), null);
        audit.record(CaseFileAudit.LEAD_CHANGED, CaseAudit.CASE, c.id, c.id, "lead " + now + allowed(lead.allowedBy()));
        changed(c.id);
    }

    void memberAdded(@Observes CareCase.MemberAdded added) {
        CaseMember m = added.member();
        timeline.append(m.caseId, m.addedAt, TimelineKind.MEMBER_ADDED, m.addedBy,
                m.username + " (" + m.organisation + ") joined the team as " + m.role,
                TimelineParams.member(m.username, m.organisation, m.role), m.id);
        audit.record(CaseAudit.MEMBER_ADDED, CaseAudit.CASE, m.caseId, m.caseId,
                "member " + m.username + allowed(added.allowedBy()));
        changed(m.caseId);
    }

    void memberChanged(@Observes CaseMember.Changed change) {
        CaseMember m = change.member();
        timeline.append(m.caseId, change.at(), TimelineKind.MEMBER_CHANGED, change.by(),
                m.username + " is now " + m.role + " (" + m.organisation + ")",
                TimelineParams.member(m.username, m.organisation, m.role), m.id);
        audit.record(CaseFileAudit.MEMBER_CHANGED, CaseAudit.CASE, m.caseId, m.caseId, "member " + m.username);
        changed(m.caseId);
    }

    /** Two lines at one moment when the lead left: the timeline keeps the order written here. */
    void memberRemoved(@Observes CareCase.MemberRemoved removed) {
        CaseMember m = removed.member();
        UUID caseId = removed.careCase().id;
        timeline.append(caseId, removed.at(), TimelineKind.MEMBER_REMOVED, removed.by(), m.username + " ("
                + m.organisation + ") left the team"
                + (removed.consentsEnded() ? "; their consents ended with the membership" : ""),
                TimelineParams.memberRemoved(m.username, m.organisation, removed.consentsEnded()), m.id);
        if (removed.leadLeft()) {
            timeline.append(caseId, removed.at(), TimelineKind.LEAD_CHANGED, removed.by(),
                    "The case has no lead: " + m.username + " left the team",
                    TimelineParams.leadChanged(null, m.username), null);
        }
        audit.record(CaseFileAudit.MEMBER_REMOVED, CaseAudit.CASE, caseId, caseId, "member " + m.username);
        changed(caseId);
    }

    void goalSet(@Observes Goal.Set set) {
        Goal g = set.goal();
        timeline.append(g.caseId, g.createdAt, TimelineKind.GOAL_SET, g.createdBy,
                "Goal set in " + g.domain + " for " + g.ownerUsername + ", due " + g.dueDate, goal(g), g.id);
        audit.record(CaseFileAudit.GOAL_SET, CaseFileAudit.GOAL, g.id, g.caseId, null);
        changed(g.caseId);
    }

    void goalChanged(@Observes Goal.Changed change) {
        Goal g = change.goal();
        String summary = change.statusChanged()
                ? "Goal in " + g.domain + " " + g.status.name().toLowerCase(Locale.ROOT)
                : "Goal in " + g.domain + " updated: owner " + g.ownerUsername + ", due " + g.dueDate;
        timeline.append(g.caseId, change.at(), TimelineKind.GOAL_UPDATED, change.by(), summary, goal(g), g.id);
        audit.record(CaseFileAudit.GOAL_UPDATED, CaseFileAudit.GOAL, g.id, g.caseId, "status " + g.status);
        changed(g.caseId);
    }

    void consentRecorded(@Observes Consent.Recorded recorded) {
        Consent k = recorded.consent();
        timeline.append(k.caseId, k.recordedAt, TimelineKind.CONSENT_RECORDED, k.recordedBy, "The "
                + k.givenBy.name().toLowerCase(Locale.ROOT) + " consents to share " + k.purpose + " with "
                + k.memberUsername, TimelineParams.consent(k.givenBy, k.purpose, k.memberUsername), k.id);
        audit.record(CaseFileAudit.CONSENT_RECORDED, CaseFileAudit.CONSENT, k.id, k.caseId,
                k.purpose + " for " + k.memberUsername);
        changed(k.caseId);
    }

    void consentRevoked(@Observes Consent.Revoked revoked) {
        Consent k = revoked.consent();
        timeline.append(k.caseId, k.revokedAt, TimelineKind.CONSENT_REVOKED, k.revokedBy,
                "Consent to share " + k.purpose + " with " + k.memberUsername + " revoked",
                TimelineParams.consent(null, k.purpose, k.memberUsername), k.id);
        audit.record(CaseFileAudit.CONSENT_REVOKED, CaseFileAudit.CONSENT, k.id, k.caseId,
                k.purpose + " for " + k.memberUsername);
        changed(k.caseId);
    }

    private void changed(UUID caseId) {
        changed.fire(new CaseChanged(caseId));
    }

    private static Map<String, String> goal(Goal g) {
        return TimelineParams.goal(g.domain, g.ownerUsername, g.dueDate, g.status);
    }

    private static String allowed(String allowedBy) {
        return allowedBy == null ? "" : " (allowed by " + allowedBy + ")";
    }
}
