package org.carebridge.network.escalation;

import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.carebridge.platform.time.Clocks.utc;

/**
 * Data of {@code network.escalation-step.v1}: a step of the bridge on an escalation that its case team is to see
 * (issue 18: information flows back down, not only the final answer), with where the escalation stands after it.
 * Goes down to case-service, so it may carry the case id, the text of a note marked for the team and the table's
 * invitees; a bridge-internal note never travels. Keyed by escalation id, so one escalation's steps stay in order.
 */
public record EscalationStepV1(UUID stepId, UUID escalationId, UUID caseId, String step, EscalationStatus status,
                               String owner, LocalDate dueDate, OffsetDateTime at, String actor, String reason,
                               String note, ConsultationData consultation) implements OutgoingEvent {

    public static final String TYPE = "network.escalation-step.v1";
    public static final String TOPIC = "network.steps";

    /** A consultation table as the team reads it: when, who (usernames, organisations), and what it concluded. */
    public record ConsultationData(UUID id, OffsetDateTime meetsAt, List<String> invitees, List<String> organisations,
                                   String outcome, List<DecisionData> decisions) {
    }

    public record DecisionData(String text, String owner, LocalDate dueDate) {
    }

    /** The step {@code row} took on {@code e}, and what the team reads of it. */
    public static EscalationStepV1 of(BridgeStep row, Escalation e, BridgeStep.ForTeam read) {
        Consultation c = read.consultation();
        return new EscalationStepV1(row.id, e.id, e.caseId, row.step.name(), e.status, e.owner, e.dueDate,
                utc(row.at), row.actor, read.reason(), read.note(), c == null ? null
                : new ConsultationData(c.id, utc(c.meetsAt), List.copyOf(c.members), List.copyOf(c.organisations),
                        c.outcome, c.decisions.stream().map(d -> new DecisionData(d.text, d.owner, d.dueDate))
                        .toList()));
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return escalationId.toString();
    }
}
