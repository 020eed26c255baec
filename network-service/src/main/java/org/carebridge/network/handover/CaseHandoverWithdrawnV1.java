package org.carebridge.network.handover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carebridge.network.vocabulary.HandoverReason;
import org.carebridge.network.vocabulary.HandoverScope;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code case.handover-withdrawn.v1} as network-service reads it (our copy of case-service's contract). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseHandoverWithdrawnV1(
        @NotNull UUID handoverId,
        @NotNull UUID caseId,
        @NotBlank @Size(max = 50) String region,
        @NotNull HandoverScope scope,
        @NotNull HandoverReason reason,
        @NotBlank @Size(max = 200) String withdrawnBy,
        @NotNull OffsetDateTime withdrawnAt) {

    public static final String TYPE = "case.handover-withdrawn.v1";
}
