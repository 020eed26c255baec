package org.carebridge.advisory.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The advisory group's advice on a referral; it flows down to the bridge and the case team as written. */
public record AdviceRequest(@NotBlank @Size(max = 4000) String advice) {
}
