package org.carebridge.network.escalation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.network.vocabulary.Intensity;
import org.carebridge.network.vocabulary.TriedMeasure;
import org.carebridge.network.vocabulary.Urgency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.carebridge.platform.time.Clocks.utc;

/**
 * An escalation as a bridge coordinator of its region sees it, with its referral and advice when there are.
 * The work on it ({@code steps}, {@code notes}, {@code consultations}) comes with a single escalation only,
 * not in the inbox list.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record EscalationView(
        UUID id,
        UUID caseId,
        String region,
        String pseudonym,
        AgeBand ageBand,
        List<Domain> domains,
        Intensity intensity,
        Barrier barrier,
        Urgency urgency,
        String whatWasTried,
        List<TriedMeasure> triedMeasures,
        String raisedBy,
        OffsetDateTime raisedAt,
        EscalationStatus status,
        String owner,
        OffsetDateTime claimedAt,
        OffsetDateTime receivedAt,
        LocalDate dueDate,
        boolean overdue,
        Persistence persistence,
        Withdrawal withdrawal,
        Resolution resolution,
        ReferralView referral,
        List<StepView> steps,
        List<NoteView> notes,
        List<ConsultationView> consultations) {

    /** How hard the bridge has pushed: re-notifications while unclaimed, and the climb when overdue. */
    public record Persistence(OffsetDateTime lastNotifiedAt, int renotifications, OffsetDateTime climbedAt,
                              String climbedTo) {
    }

    public record Withdrawal(String withdrawnBy, OffsetDateTime withdrawnAt) {
    }

    /** adviceRemoved: the kinds of identifier scrubbed from the advice before it was stored and sent. */
    public record Resolution(Outcome outcome, String advice, List<String> adviceRemoved, String resolvedBy,
                             OffsetDateTime resolvedAt) {
    }

    /** forTeam: the step went down to the case team (network.escalation-step.v1). */
    public record StepView(BridgeStep.Kind step, OffsetDateTime at, String actor, boolean forTeam) {
    }

    /** forTeam: the case team reads the text too. */
    public record NoteView(UUID id, String text, String writtenBy, OffsetDateTime writtenAt, boolean forTeam) {
    }

    /** outcome, outcomeBy and outcomeAt are null until the owner records what the table concluded. */
    public record ConsultationView(UUID id, OffsetDateTime meetsAt, String agenda, List<String> members,
                                   List<String> organisations, String convenedBy, OffsetDateTime convenedAt,
                                   String outcome, String outcomeBy, OffsetDateTime outcomeAt,
                                   List<DecisionView> decisions) {
    }

    public record DecisionView(String text, String owner, LocalDate dueDate) {
    }

    /** For the inbox list: the escalation without its work. */
    public static EscalationView of(Escalation e, ReferralView referral, LocalDate today) {
        return of(e, referral, today, null, null, null);
    }

    /** For a single escalation: with its steps, notes and consultation tables. */
    public static EscalationView detailed(Escalation e, ReferralView referral, LocalDate today) {
        return of(e, referral, today,
                BridgeStep.of(e.id).stream().map(s -> new StepView(s.step, utc(s.at), s.actor, s.forTeam)).toList(),
                EscalationNote.of(e.id).stream()
                        .map(n -> new NoteView(n.id, n.text, n.writtenBy, utc(n.writtenAt), n.forTeam)).toList(),
                Consultation.of(e.id).stream().map(EscalationView::consultation).toList());
    }

    private static ConsultationView consultation(Consultation c) {
        return new ConsultationView(c.id, utc(c.meetsAt), c.agenda, c.members, c.organisations, c.convenedBy,
                utc(c.convenedAt), c.outcome, c.outcomeBy, utc(c.outcomeAt), c.decisions.stream()
                .map(d -> new DecisionView(d.text, d.owner, d.dueDate)).toList());
    }

    private static EscalationView of(Escalation e, ReferralView referral, LocalDate today, List<StepView> steps,
                                     List<NoteView> notes, List<ConsultationView> consultations) {
        return new EscalationView(e.id, e.caseId, e.region, e.pseudonym, e.ageBand,
                e.domains.stream().map(Domain::valueOf).toList(), e.intensity, e.barrier, e.urgency, e.whatWasTried,
                e.triedMeasures.stream().map(TriedMeasure::valueOf).toList(), e.raisedBy, utc(e.raisedAt), e.status,
                e.owner, utc(e.claimedAt), utc(e.receivedAt), e.dueDate,
                e.status.open() && e.dueDate.isBefore(today),
                new Persistence(utc(e.lastNotifiedAt), e.renotifications, utc(e.climbedAt), e.climbedTo),
                e.withdrawnAt == null ? null : new Withdrawal(e.withdrawnBy, utc(e.withdrawnAt)),
                e.outcome == null ? null : new Resolution(e.outcome, e.resolutionAdvice,
                        e.resolutionAdviceRemoved, e.resolvedBy, utc(e.resolvedAt)),
                referral, steps, notes, consultations);
    }
}
