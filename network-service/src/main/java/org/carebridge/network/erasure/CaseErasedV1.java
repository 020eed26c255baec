package org.carebridge.network.erasure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code case.erased.v1} as network-service reads it (our copy of case-service's contract). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseErasedV1(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 50) String region,
        @NotNull OffsetDateTime erasedAt) {

    public static final String TYPE = "case.erased.v1";
    public static final String TOPIC = "case.erasures";
}
