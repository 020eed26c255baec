package org.carebridge.network.roster;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code case.team-changed.v1} as network-service reads it (our copy of case-service's contract). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseTeamChangedV1(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 50) String region,
        @Positive long sequence,
        @NotNull @Size(max = 200) List<@NotNull @Valid Member> members,
        @NotNull Boolean closed,
        @NotNull OffsetDateTime changedAt) {

    public static final String TYPE = "case.team-changed.v1";
    public static final String TOPIC = "case.teams";

    /** One professional on the case's team. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(
            @NotBlank @Size(max = 100) String username,
            @NotBlank @Size(max = 100) String organisation,
            @Size(max = 100) String role, // optional in case-service: a member may have named no role
            @NotNull Boolean lead) {
    }
}
