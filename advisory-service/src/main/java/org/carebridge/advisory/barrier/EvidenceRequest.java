package org.carebridge.advisory.barrier;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A referral of my region to keep as evidence. */
public record EvidenceRequest(@NotNull UUID referralId) {
}
