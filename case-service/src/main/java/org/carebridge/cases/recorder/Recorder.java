package org.carebridge.cases.recorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.escalation.CaseEscalatedV1;
import org.carebridge.cases.escalation.CaseEscalationWithdrawnV1;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.escalation.EscalationService;
import org.carebridge.cases.escalation.ladder.EscalationStep;
import org.carebridge.cases.escalation.ladder.StepIntake;
import org.carebridge.cases.escalation.resolution.ResolutionIntake;
import org.carebridge.cases.handover.Handover;
import org.carebridge.cases.handover.HandoverEvents.CaseHandoverAcceptedV1;
import org.carebridge.cases.handover.HandoverEvents.CaseHandoverDeclinedV1;
import org.carebridge.cases.handover.HandoverEvents.CaseHandoverRequestedV1;
import org.carebridge.cases.handover.HandoverEvents.CaseHandoverWithdrawnV1;
import org.carebridge.cases.handover.HandoverScope;
import org.carebridge.cases.handover.HandoverService;
import org.carebridge.cases.handover.Transition18;
import org.carebridge.cases.privacy.AgeBands;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.cases.timeline.TimelineParams;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns what a transition did (the record its aggregate returned, fired by the service) into what the case keeps
 * and tells of it: the timeline line, the audit line, the outbox event, and the CaseChanged notice last. It observes
 * synchronously, in the service's transaction, so whatever fails here rolls the transition back with it. The
 * services fire rather than call so that this one class may know every feature without a feature knowing it. This
 * half records escalations and handovers; {@link CaseFileRecorder} the case file, its team, consents and goals.
 */
@ApplicationScoped
public class Recorder {

    private final Timeline timeline;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Pseudonyms pseudonyms;
    private final AgeBands ageBands;
    private final Transition18 transition18;
    private final Event<CaseChanged> changed;

    public Recorder(Timeline timeline, AuditTrail audit, Outbox outbox, Pseudonyms pseudonyms, AgeBands ageBands,
                    Transition18 transition18, Event<CaseChanged> changed) {
        this.timeline = timeline;
        this.audit = audit;
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
        this.ageBands = ageBands;
        this.transition18 = transition18;
        this.changed = changed;
    }

    void raised(@Observes Escalation.Raised raised) {
        Escalation e = raised.escalation();
        CareCase c = raised.careCase();
        timeline.append(c.id, e.raisedAt, TimelineKind.ESCALATED, e.raisedBy,
                "Escalated to the bridge: " + e.barrier + ", urgency " + e.urgency,
                TimelineParams.escalated(e.barrier, e.urgency), e.id);
        // built field by field from what may leave the service: never the youth's name or birth date
        outbox.publish(new CaseEscalatedV1(e.id, c.id, c.region, pseudonyms.of(c.id), ageBands.of(c.dateOfBirth),
                c.domains.stream().sorted().toList(), c.intensity, e.barrier, e.urgency, e.whatWasTried,
                e.triedMeasures.stream().sorted().toList(), e.raisedBy, e.raisedAt));
        audit.record(CaseAudit.ESCALATION_RAISED, CaseAudit.ESCALATION, e.id, c.id, null);
        changed(c.id);
    }

    void withdrawn(@Observes Escalation.Withdrawn withdrawn) {
        Escalation e = withdrawn.escalation();
        CareCase c = withdrawn.careCase();
        timeline.append(c.id, e.withdrawnAt, TimelineKind.ESCALATION_WITHDRAWN, e.withdrawnBy,
                "Escalation withdrawn, the team unblocked itself: " + e.barrier,
                TimelineParams.escalationWithdrawn(e.barrier), e.id);
        outbox.publish(new CaseEscalationWithdrawnV1(e.id, c.id, c.region, e.withdrawnBy, e.withdrawnAt));
        audit.record(EscalationService.AUDIT_WITHDRAWN, CaseAudit.ESCALATION, e.id, c.id, null);
        changed(c.id);
    }

    /** The bridge's own event told the network already: no outbox event. */
    void resolved(@Observes Escalation.Resolved resolved) {
        Escalation e = resolved.escalation();
        UUID caseId = resolved.careCase().id;
        timeline.append(caseId, resolved.at(), TimelineKind.ESCALATION_RESOLVED, e.resolvedBy,
                "The bridge resolved the escalation (" + e.resolutionOutcome + "): " + e.resolutionAdvice,
                TimelineParams.escalationResolved(e.resolutionOutcome, e.resolutionAdvice), e.id);
        audit.record(ResolutionIntake.AUDIT_RESOLVED, CaseAudit.ESCALATION, e.id, caseId, "resolution from the bridge");
        changed(caseId);
    }

    /** The advisory group's own event told the network already: no outbox event. */
    void advised(@Observes Escalation.Advised advised) {
        UUID caseId = advised.escalation().caseId;
        timeline.append(caseId, advised.at(), TimelineKind.ADVICE_RECEIVED, advised.givenBy(), advised.advice(),
                TimelineParams.adviceReceived(advised.advice()), advised.adviceId());
        changed(caseId);
    }

    /**
     * A step of the bridge or the advisory group (its row is kept by the intake): a line of its own, at the time the
     * step was taken; the producers' events told the network already, no outbox event.
     */
    void stepTaken(@Observes Escalation.StepTaken taken) {
        Escalation e = taken.escalation();
        EscalationStep s = taken.step();
        timeline.append(e.caseId, s.at, TimelineKind.ESCALATION_STEP, s.actor, stepSummary(s),
                TimelineParams.escalationStep(s.tier, s.step, s.params), e.id);
        audit.record(StepIntake.AUDIT_STEP, CaseAudit.ESCALATION, e.id, e.caseId,
                s.tier + " " + s.step + ", now " + e.tier());
        changed(e.caseId);
    }

    /** Nothing changes hands yet, so the case's snapshots do not change: no CaseChanged. */
    void requested(@Observes Handover.Requested requested) {
        Handover h = requested.handover();
        CareCase c = requested.careCase();
        timeline.append(c.id, h.requestedAt, TimelineKind.HANDOVER_REQUESTED, h.requestedBy, "Handover of the "
                + (h.scope == HandoverScope.LEAD ? "lead" : "case") + " requested (" + h.reason + ") to "
                + receiver(h) + "; nothing changes hands until accepted", handover(h), h.id);
        // pseudonym, age band and the month of the 18th birthday stand in for the youth
        outbox.publish(new CaseHandoverRequestedV1(h.id, c.id, c.region, pseudonyms.of(c.id),
                ageBands.of(c.dateOfBirth), h.scope, h.reason, h.fromUsername, h.fromOrganisation, h.toUsername,
                h.toOrganisation, h.requestedBy, h.requestedAt, h.dueBy, transition18.turns18In(c.dateOfBirth)));
        audit.record(HandoverService.AUDIT_REQUESTED, HandoverService.HANDOVER, h.id, c.id, h.reason.name());
    }

    /** Up to three lines at one moment: the timeline orders by (at, seq), seq keeping the order written here. */
    void accepted(@Observes Handover.Accepted accepted) {
        Handover h = accepted.handover();
        CareCase c = accepted.careCase();
        String me = h.decidedBy;
        CaseMember joined = accepted.joined();
        if (joined != null) {
            timeline.append(c.id, h.decidedAt, TimelineKind.MEMBER_ADDED, me,
                    me + " (" + joined.organisation + ") joined the team by accepting a handover",
                    TimelineParams.member(me, joined.organisation, joined.role), joined.id);
        }
        if (accepted.leadChanged()) {
            timeline.append(c.id, h.decidedAt, TimelineKind.LEAD_CHANGED, me,
                    "Lead handed over from " + accepted.previousLead() + " to " + me,
                    TimelineParams.leadChanged(me, accepted.previousLead()), h.id);
        }
        timeline.append(c.id, h.decidedAt, TimelineKind.HANDOVER_ACCEPTED, me, me + " (" + h.toOrganisation
                + ") accepted the handover (" + h.reason + ") and is now the lead", handover(h), h.id);
        outbox.publish(new CaseHandoverAcceptedV1(h.id, c.id, c.region, h.scope, h.reason, me, h.toOrganisation, me,
                h.decidedAt));
        audit.record(HandoverService.AUDIT_ACCEPTED, HandoverService.HANDOVER, h.id, c.id, h.reason.name());
        changed(c.id);
    }

    /** The team keeps the case as it was: no CaseChanged. */
    void declined(@Observes Handover.Declined declined) {
        Handover h = declined.handover();
        timeline.append(h.caseId, h.decidedAt, TimelineKind.HANDOVER_DECLINED, h.decidedBy, h.decidedBy + " ("
                + h.toOrganisation + ") declined the handover (" + h.reason + "); the team keeps the case",
                handover(h), h.id);
        outbox.publish(new CaseHandoverDeclinedV1(h.id, h.caseId, h.region, h.scope, h.reason, h.decidedBy,
                h.decidedAt));
        audit.record(HandoverService.AUDIT_DECLINED, HandoverService.HANDOVER, h.id, h.caseId, h.reason.name());
    }

    /** Withdrawn before anyone answered: the team keeps the case as it was, no CaseChanged. */
    void withdrawn(@Observes Handover.Withdrawn withdrawn) {
        Handover h = withdrawn.handover();
        timeline.append(h.caseId, h.decidedAt, TimelineKind.HANDOVER_WITHDRAWN, h.decidedBy, h.decidedBy
                + " withdrew the handover (" + h.reason + ") to " + receiver(h) + "; the team keeps the case",
                handover(h), h.id);
        outbox.publish(new CaseHandoverWithdrawnV1(h.id, h.caseId, h.region, h.scope, h.reason, h.decidedBy,
                h.decidedAt));
        audit.record(HandoverService.AUDIT_WITHDRAWN, HandoverService.HANDOVER, h.id, h.caseId, h.reason.name());
    }

    private void changed(UUID caseId) {
        changed.fire(new CaseChanged(caseId));
    }

    /** The English line, e.g. "Bridge step CLAIMED by bruno: owner=bruno, dueDate=2026-12-01". */
    private static String stepSummary(EscalationStep s) {
        String tier = s.tier.name().charAt(0) + s.tier.name().substring(1).toLowerCase(Locale.ROOT);
        String params = s.params.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining(", "));
        return tier + " step " + s.step + " by " + s.actor + (params.isEmpty() ? "" : ": " + params);
    }

    private static Map<String, String> handover(Handover h) {
        return TimelineParams.handover(h.scope, h.reason, h.toUsername, h.toOrganisation);
    }

    private static String receiver(Handover h) {
        return h.toUsername == null ? h.toOrganisation : h.toUsername + " (" + h.toOrganisation + ")";
    }
}
