package org.carebridge.advisory.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the advisory group closes a referral without advice; the case team reads it on its escalation. */
public record ClosureRequest(@NotBlank @Size(max = 2000) String reason) {
}
