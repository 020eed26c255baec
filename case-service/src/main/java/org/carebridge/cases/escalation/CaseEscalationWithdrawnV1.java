package org.carebridge.cases.escalation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code case.escalation-withdrawn.v1} on topic {@code case.escalations}, the contract in asyncapi.yaml. */
@JsonPropertyOrder({"escalationId", "caseId", "region", "withdrawnBy", "withdrawnAt"})
public record CaseEscalationWithdrawnV1(
        UUID escalationId,
        UUID caseId,
        String region,
        String withdrawnBy,
        OffsetDateTime withdrawnAt) implements OutgoingEvent {

    public static final String TYPE = "case.escalation-withdrawn.v1";
    public static final String TOPIC = CaseEscalatedV1.TOPIC;

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
        return caseId.toString();
    }
}
