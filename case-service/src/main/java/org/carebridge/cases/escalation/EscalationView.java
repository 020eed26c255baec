package org.carebridge.cases.escalation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record EscalationView(UUID id, UUID caseId, Barrier barrier, Urgency urgency, String whatWasTried,
                             List<TriedMeasure> triedMeasures, EscalationStatus status, String raisedBy,
                             OffsetDateTime raisedAt, OffsetDateTime statusChangedAt) {

    static EscalationView of(Escalation e) {
        return new EscalationView(e.id, e.caseId, e.barrier, e.urgency, e.whatWasTried,
                e.triedMeasures.stream().sorted().toList(), e.status, e.raisedBy, e.raisedAt, e.statusChangedAt);
    }
}
