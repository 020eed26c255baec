package org.carebridge.cases.escalation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An escalation as its team sees it: its state, who withdrew it, and the bridge's resolution once it arrived. */
public record EscalationView(UUID id, UUID caseId, Barrier barrier, Urgency urgency, String whatWasTried,
                             List<TriedMeasure> triedMeasures, EscalationStatus status, String raisedBy,
                             OffsetDateTime raisedAt, OffsetDateTime statusChangedAt, String withdrawnBy,
                             OffsetDateTime withdrawnAt, ResolutionView resolution) {

    /** Null until the bridge resolved the escalation. */
    public record ResolutionView(ResolutionOutcome outcome, String advice, String resolvedBy,
                                 OffsetDateTime resolvedAt) {
    }

    static EscalationView of(Escalation e) {
        ResolutionView resolution = e.resolvedAt == null ? null
                : new ResolutionView(e.resolutionOutcome, e.resolutionAdvice, e.resolvedBy, e.resolvedAt);
        return new EscalationView(e.id, e.caseId, e.barrier, e.urgency, e.whatWasTried,
                e.triedMeasures.stream().sorted().toList(), e.status, e.raisedBy, e.raisedAt, e.statusChangedAt,
                e.withdrawnBy, e.withdrawnAt, resolution);
    }
}
