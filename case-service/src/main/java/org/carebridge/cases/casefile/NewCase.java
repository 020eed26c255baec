package org.carebridge.cases.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/cases}. The region is not in it: it is the creator's, from their token.
 * {@code organisation} and {@code role} describe the creator on the new team; organisation defaults to the token's.
 */
public record NewCase(
        @NotNull @Valid Youth youth,
        @NotNull Intensity intensity,
        @NotNull @Size(min = 1, max = 3) List<@NotNull Domain> domains,
        @Size(max = 100) String organisation,
        @Size(max = 100) String role) {

    public record Youth(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @Past LocalDate dateOfBirth) {
    }
}
