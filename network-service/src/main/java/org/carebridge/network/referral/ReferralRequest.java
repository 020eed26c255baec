package org.carebridge.network.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the coordinator asks the advisory group. It travels upward as the only free text of the digest, so it
 * must be written for the advisory group: no names, no birth dates, no copy of the team's notes.
 */
public record ReferralRequest(@NotBlank @Size(max = 2000) String question) {
}
