package org.carebridge.cases.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.cases.casefile.Organisation;

/** Body of {@code PUT /api/cases/{id}/members/{username}}: a member's organisation and role, both replaced. */
public record MemberChange(
        @NotBlank @Pattern(regexp = Organisation.PATTERN, message = Organisation.MESSAGE) String organisation,
        @NotBlank @Size(max = 100) String role) {
}
