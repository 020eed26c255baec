package org.carebridge.cases.escalation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.casefile.Intensity;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code case.escalated.v1} on topic {@code case.escalations}, the contract in asyncapi.yaml.
 * Pseudonym and age band stand in for the youth: no name and no birth date ever leave case-service.
 */
@JsonPropertyOrder({"escalationId", "caseId", "region", "pseudonym", "ageBand", "domains", "intensity", "barrier",
        "urgency", "whatWasTried", "triedMeasures", "raisedBy", "raisedAt"})
public record CaseEscalatedV1(
        UUID escalationId,
        UUID caseId,
        String region,
        String pseudonym,
        String ageBand,
        List<Domain> domains,
        Intensity intensity,
        Barrier barrier,
        Urgency urgency,
        String whatWasTried,
        List<TriedMeasure> triedMeasures,
        String raisedBy,
        OffsetDateTime raisedAt) implements OutgoingEvent {

    public static final String TYPE = "case.escalated.v1";
    public static final String TOPIC = "case.escalations";

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
