package org.carebridge.advisory.erasure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.OffsetDateTime;

/**
 * Data of {@code case.digest-erased.v1} as advisory-service reads it (our own copy of case-service's contract):
 * the case behind this pseudonym was erased. advisory-service never learns the case id; the pseudonym is enough.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseDigestErasedV1(
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String pseudonym,
        @NotNull OffsetDateTime erasedAt) {

    public static final String TYPE = "case.digest-erased.v1";
    public static final String TOPIC = "case.digests";
}
