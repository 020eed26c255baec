package org.carebridge.cases.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/cases/{id}/team-allowances}: the case worker of another region who may join, and why
 * (free text, refused when it names the youth).
 */
public record NewAllowance(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a login name") String username,
        @NotBlank @Size(max = 500) String reason) {
}
