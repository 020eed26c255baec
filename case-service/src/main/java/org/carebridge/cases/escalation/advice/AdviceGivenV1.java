package org.carebridge.cases.escalation.advice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Our copy of the data of {@code advisory.advice-given.v1} (producer: advisory-service, whose asyncapi.yaml is the
 * contract). A tolerant reader: fields the producer adds later are ignored, not treated as poison; what we need
 * must be there, or the event is poison for the dead-letter topic.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdviceGivenV1(
        @NotNull UUID adviceId,
        UUID referralId,
        @NotNull UUID escalationId,
        @NotBlank String pseudonym,
        @NotBlank String advice,
        @NotBlank String givenBy,
        OffsetDateTime givenAt) {

    public static final String TYPE = "advisory.advice-given.v1";
}
