package org.carebridge.network.escalation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code case.escalation-withdrawn.v1} as network-service reads it (our copy of case-service's contract). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseEscalationWithdrawnV1(
        @NotNull UUID escalationId,
        @NotNull UUID caseId,
        @NotBlank @Size(max = 50) String region,
        @NotBlank @Size(max = 200) String withdrawnBy,
        @NotNull OffsetDateTime withdrawnAt) {

    public static final String TYPE = "case.escalation-withdrawn.v1";
}
