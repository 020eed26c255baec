package org.carebridge.cases.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.carebridge.cases.support.Distinct;

import java.util.List;

/**
 * Body of {@code PUT /api/cases/{id}}: the case's editable fields, all replaced. {@code version}, when given, must
 * be the version the editor read, so that one member does not silently overwrite another's edit (409).
 */
public record CaseUpdate(
        @NotNull @Valid NewCase.Youth youth,
        @NotNull Intensity intensity,
        @NotNull @Size(min = 1, max = 3) @Distinct List<@NotNull Domain> domains,
        @PositiveOrZero Long version) {
}
