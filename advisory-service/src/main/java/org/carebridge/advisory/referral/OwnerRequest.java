package org.carebridge.advisory.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who owns a referral from now on: the username of an advisory member of its region. */
public record OwnerRequest(@NotBlank @Size(max = 200) String owner) {
}
