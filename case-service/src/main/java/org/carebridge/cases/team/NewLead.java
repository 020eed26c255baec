package org.carebridge.cases.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/cases/{id}/lead}: the member who becomes the one accountable lead. */
public record NewLead(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a login name") String username) {
}
