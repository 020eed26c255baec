package org.carebridge.cases.escalation;

import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.escalation.ladder.EscalationStep;
import org.carebridge.cases.escalation.ladder.LadderView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An escalation as its team sees it: its state, who withdrew it, the bridge's resolution once it arrived, and its
 * ladder (the tier it stands at, the owners and due dates above the team, every step taken there).
 */
public record EscalationView(UUID id, UUID caseId, Barrier barrier, Urgency urgency, String whatWasTried,
                             List<TriedMeasure> triedMeasures, EscalationStatus status, String raisedBy,
                             OffsetDateTime raisedAt, OffsetDateTime statusChangedAt, String withdrawnBy,
                             OffsetDateTime withdrawnAt, ResolutionView resolution,
                             List<ConsentPurpose> restricted, LadderView ladder) {

    /** Null until the bridge resolved the escalation. */
    public record ResolutionView(ResolutionOutcome outcome, String advice, String resolvedBy,
                                 OffsetDateTime resolvedAt) {
    }

    /** What was tried is free text about the youth: shown like the journal, with JOURNAL consent only. */
    static EscalationView of(Escalation e, boolean journal, List<EscalationStep> steps) {
        ResolutionView resolution = e.resolvedAt == null ? null
                : new ResolutionView(e.resolutionOutcome, e.resolutionAdvice, e.resolvedBy, e.resolvedAt);
        return new EscalationView(e.id, e.caseId, e.barrier, e.urgency, journal ? e.whatWasTried : null,
                e.triedMeasures.stream().sorted().toList(), e.status, e.raisedBy, e.raisedAt, e.statusChangedAt,
                e.withdrawnBy, e.withdrawnAt, resolution, journal ? List.of() : List.of(ConsentPurpose.JOURNAL),
                LadderView.of(e, steps));
    }
}
