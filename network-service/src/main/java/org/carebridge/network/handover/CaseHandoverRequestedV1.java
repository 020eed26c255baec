package org.carebridge.network.handover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.HandoverReason;
import org.carebridge.network.vocabulary.HandoverScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/** Data of {@code case.handover-requested.v1} as network-service reads it (our copy of case-service's contract). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseHandoverRequestedV1(
        @NotNull UUID handoverId,
        @NotNull UUID caseId,
        @NotBlank @Size(max = 50) String region,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String pseudonym,
        @NotNull AgeBand ageBand,
        @NotNull HandoverScope scope,
        @NotNull HandoverReason reason,
        @NotBlank @Size(max = 200) String fromUsername,
        @NotBlank @Size(max = 200) String fromOrganisation,
        @Size(max = 200) String toUsername,
        @NotBlank @Size(max = 200) String toOrganisation,
        @NotBlank @Size(max = 200) String requestedBy,
        @NotNull OffsetDateTime requestedAt,
        LocalDate dueBy,
        YearMonth turns18In) {

    public static final String TYPE = "case.handover-requested.v1";
    public static final String TOPIC = "case.handovers";
}
