package org.carebridge.advisory.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What the session decided about a referral on its agenda; the referral is then marked as handled by it. */
public record DecisionRequest(@NotNull UUID referralId, @NotBlank @Size(max = 4000) String decision) {
}
