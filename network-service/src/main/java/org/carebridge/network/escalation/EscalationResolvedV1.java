package org.carebridge.network.escalation;

import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code network.escalation-resolved.v1}: the bridge's outcome and advice for the case team. Goes back
 * down to case-service, so it may carry the case id; the bridge's own notes never travel.
 */
public record EscalationResolvedV1(UUID escalationId, UUID caseId, String region, Outcome outcome, String advice,
                                   String resolvedBy, OffsetDateTime resolvedAt) implements OutgoingEvent {

    public static final String TYPE = "network.escalation-resolved.v1";
    public static final String TOPIC = "network.resolutions";

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

    @Override
    public String subject() {
        return escalationId.toString();
    }
}
