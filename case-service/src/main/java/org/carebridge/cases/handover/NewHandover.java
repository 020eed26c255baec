package org.carebridge.cases.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/cases/{id}/handovers}. Without {@code toUsername} any case worker of
 * {@code toOrganisation} in the case's region may accept; {@code dueBy}, when given, is today or later.
 */
public record NewHandover(
        @NotNull HandoverScope scope,
        @NotNull HandoverReason reason,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a login name") String toUsername,
        @NotBlank @Size(max = 100) String toOrganisation,
        LocalDate dueBy) {
}
