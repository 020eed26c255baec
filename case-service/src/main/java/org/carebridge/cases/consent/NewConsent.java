package org.carebridge.cases.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.cases.casefile.ConsentPurpose;

/** Body of {@code POST /api/cases/{id}/consents}: the youth or guardian consents to share a purpose with a member. */
public record NewConsent(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a login name") String member,
        @NotNull ConsentPurpose purpose,
        @NotNull ConsentGiver givenBy) {
}
