package org.carebridge.cases.advice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Our copy of the data of {@code advisory.advice-given.v1} (producer: advisory-service, whose asyncapi.yaml is the
 * contract). A tolerant reader: fields the producer adds later are ignored, not treated as poison.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdviceGivenV1(
        UUID adviceId,
        UUID referralId,
        UUID escalationId,
        String pseudonym,
        String advice,
        String givenBy,
        OffsetDateTime givenAt) {

    public static final String TYPE = "advisory.advice-given.v1";

    /** @return what makes the event unusable, or null when it can be applied */
    String defect() {
        if (adviceId == null || escalationId == null) {
            return "adviceId and escalationId are required";
        }
        if (pseudonym == null || pseudonym.isBlank()) {
            return "pseudonym is required";
        }
        if (advice == null || advice.isBlank() || givenBy == null || givenBy.isBlank()) {
            return "advice and givenBy are required";
        }
        return null;
    }
}
