package org.carebridge.advisory.barrier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carebridge.advisory.vocabulary.Barrier;

/** A structural barrier as the advisory group describes it; {@code status} defaults to OPEN, owner to the author. */
public record BarrierRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull Barrier category,
        BarrierStatus status,
        @Size(min = 1, max = 200) String owner) {
}
