package org.carebridge.cases.mywork;

import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.escalation.EscalationStatus;
import org.carebridge.cases.escalation.Urgency;
import org.carebridge.cases.escalation.ladder.Tier;
import org.carebridge.cases.goal.GoalStatus;
import org.carebridge.cases.handover.HandoverReason;
import org.carebridge.cases.handover.HandoverScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * "My work": what a case worker owns or must act on across their cases, each item with the ids that lead to it. Like
 * "my cases" it names no youth: goals and escalations carry categories and dates, a goal's free text only with the
 * case's JOURNAL consent (as on the goal list), and a handover addressed to the caller only its kind and dates.
 */
public record MyWork(List<MyGoal> goals, List<MyEscalation> escalations, List<MyHandover> handovers) {

    /** An open goal the caller owns; {@code description} is the goal's title, null with {@code restricted: [JOURNAL]}. */
    public record MyGoal(UUID caseId, UUID goalId, Domain domain, String description, LocalDate dueDate,
                         GoalStatus status, boolean overdue, List<ConsentPurpose> restricted) {
    }

    /** An open escalation the caller raised, and where it stands on the ladder above the team. */
    public record MyEscalation(UUID caseId, UUID escalationId, Barrier barrier, Urgency urgency,
                               EscalationStatus status, OffsetDateTime raisedAt, MyLadder ladder) {
    }

    /** Where the escalation stands above the team: the tier, and the owner and due date of that tier's step. */
    public record MyLadder(Tier tier, String owner, LocalDate dueDate) {

        static MyLadder of(Escalation e) {
            Tier tier = e.tier();
            return tier == Tier.ADVISORY ? new MyLadder(tier, e.advisoryOwner, e.advisoryDueDate)
                    : new MyLadder(tier, e.bridgeOwner, e.bridgeDueDate);
        }
    }

    /**
     * A pending handover the caller may accept or decline ({@code POST /api/cases/handovers/{handoverId}/accept}).
     * {@code kind} is its reason. {@code caseId} only when the caller is already on the team: for anyone else the case
     * stays unnamed until they accept, as in {@code /api/cases/handovers/incoming}.
     */
    public record MyHandover(UUID caseId, UUID handoverId, HandoverReason kind, HandoverScope scope,
                             OffsetDateTime requestedAt, LocalDate dueBy) {
    }
}
