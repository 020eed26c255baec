package org.carebridge.cases.escalation.ladder;

import org.carebridge.cases.escalation.Escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Where an escalation stands above the team, and every step taken there, oldest first. */
public record LadderView(Tier tier, String bridgeStatus, String owner, LocalDate dueDate, String advisoryOwner,
                         LocalDate advisoryDueDate, List<StepView> steps) {

    public record StepView(OffsetDateTime at, Tier tier, String step, String actor, Map<String, String> params) {
    }

    public static LadderView of(Escalation e, List<EscalationStep> steps) {
        return new LadderView(e.tier(), e.bridgeStatus, e.bridgeOwner, e.bridgeDueDate, e.advisoryOwner,
                e.advisoryDueDate, steps.stream()
                .map(s -> new StepView(s.at, s.tier, s.step, s.actor, s.params)).toList());
    }
}
