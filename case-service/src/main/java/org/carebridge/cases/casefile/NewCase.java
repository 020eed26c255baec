package org.carebridge.cases.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.carebridge.cases.support.Distinct;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/cases}. The region is not in it: it is the creator's, from their token.
 * {@code organisation} and {@code role} describe the creator on the new team; organisation defaults to the token's.
 */
public record NewCase(
        @NotNull @Valid Youth youth,
        @NotNull Intensity intensity,
        @NotNull @Size(min = 1, max = 3) @Distinct List<@NotNull Domain> domains,
        @Pattern(regexp = Organisation.PATTERN, message = Organisation.MESSAGE) String organisation,
        @Size(max = 100) String role) {

    /**
     * Who the youth is. {@code languages} are ISO 639 codes (e.g. "ar", "ti", "prs"); languages and legal situation
     * are optional, so that a light case starts with a quick form.
     */
    public record Youth(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @Past LocalDate dateOfBirth,
            @Size(max = 10) @Distinct List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String> languages,
            @Valid LegalSituation legalSituation) {
    }

    /** E.g. an unaccompanied minor seeking asylum; null fields are "not recorded". */
    public record LegalSituation(Boolean unaccompaniedMinor, ResidenceStatus residenceStatus) {
    }
}
