package org.carebridge.cases.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.support.Distinct;

import java.util.List;

/**
 * Body of {@code POST /api/cases/{id}/escalations}. At least one tried measure: the bridge takes up what a team
 * tried, not a bare "help" (OTHER covers anything the list lacks, with {@code whatWasTried} saying what).
 */
public record NewEscalation(
        @NotNull Barrier barrier,
        @NotNull Urgency urgency,
        @NotBlank @Size(max = 2000) String whatWasTried,
        @NotNull @Size(min = 1, max = 9) @Distinct List<@NotNull TriedMeasure> triedMeasures) {
}
