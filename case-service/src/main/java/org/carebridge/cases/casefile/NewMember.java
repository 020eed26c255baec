package org.carebridge.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/cases/{id}/members}; the username is the colleague's login name, the organisation one
 * of the fixed {@link Organisation} codes.
 */
public record NewMember(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a login name") String username,
        @NotBlank @Pattern(regexp = Organisation.PATTERN, message = Organisation.MESSAGE) String organisation,
        @NotBlank @Size(max = 100) String role) {
}
