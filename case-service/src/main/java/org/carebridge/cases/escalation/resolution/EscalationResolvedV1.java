package org.carebridge.cases.escalation.resolution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carebridge.cases.escalation.ResolutionOutcome;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Our copy of the data of {@code network.escalation-resolved.v1} (producer: network-service, whose asyncapi.yaml is
 * the contract). A tolerant reader: fields the producer adds later are ignored; what is missing makes it poison.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EscalationResolvedV1(
        @NotNull UUID escalationId,
        @NotNull UUID caseId,
        @NotBlank @Size(max = 50) String region,
        @NotNull ResolutionOutcome outcome,
        @NotBlank @Size(max = 4000) String advice,
        @NotBlank @Size(max = 200) String resolvedBy,
        @NotNull OffsetDateTime resolvedAt) {

    public static final String TYPE = "network.escalation-resolved.v1";
    public static final String TOPIC = "network.resolutions";
}
