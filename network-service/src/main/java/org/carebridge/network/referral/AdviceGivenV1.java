package org.carebridge.network.referral;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code advisory.advice-given.v1} as network-service reads it (our own copy of advisory-service's
 * contract). Fields advisory-service may add later are ignored, never stored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdviceGivenV1(
        @NotNull UUID adviceId,
        @NotNull UUID referralId,
        @NotNull UUID escalationId,
        @NotBlank @Size(max = 64) String pseudonym,
        @NotBlank @Size(max = 4000) String advice,
        @NotBlank @Size(max = 200) String givenBy,
        @NotNull OffsetDateTime givenAt) {

    public static final String TYPE = "advisory.advice-given.v1";
    public static final String TOPIC = "advisory.advice";
}
