package org.carebridge.network.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.platform.problem.Problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The catalogue's forms and views; CSV rows are read into the same forms and validated the same way. */
public final class CatalogueForms {

    static final String REGION = "[a-z0-9-]{1,50}";

    private CatalogueForms() {
    }

    public record OrganisationForm(@NotBlank @Size(max = 200) String name,
                                   @NotNull @Pattern(regexp = REGION, message = "must be a region code") String region,
                                   @NotBlank @Size(max = 320) String contact) {
    }

    public record OrganisationView(UUID id, String name, String region, String contact) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.name, o.region, o.contact);
        }
    }

    public record OfferForm(@NotBlank @Size(max = 200) String organisation,
                            @NotBlank @Size(max = 200) String title,
                            @NotNull Domain domain,
                            @NotNull @Pattern(regexp = REGION, message = "must be a region code") String region,
                            @NotNull @Min(0) @Max(30) Integer minAge,
                            @NotNull @Min(0) @Max(30) Integer maxAge,
                            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}",
                                    message = "must be a two-letter language code") String> languages,
                            @NotNull @Min(0) @Max(100000) Integer capacity,
                            @NotBlank @Size(max = 320) String contact) {
    }

    public record OfferView(UUID id, String organisation, String title, Domain domain, String region, int minAge,
                            int maxAge, List<String> languages, int capacity, String contact) {
        static OfferView of(Offer o, String organisation) {
            return new OfferView(o.id, organisation, o.title, o.domain, o.region, o.minAge, o.maxAge, o.languages,
                    o.capacity, o.contact);
        }
    }

    /** Where an import stands: processed counts the rows of the current phase; errors by row when it FAILED. */
    public record ImportView(UUID id, OfferImport.Status status, int processed, int total,
                             List<Problem.FieldError> errors, String reason, Instant startedAt, Instant finishedAt) {
        static ImportView of(OfferImport i) {
            return new ImportView(i.id, i.status, i.processed, i.total, i.errors, i.reason, i.startedAt,
                    i.finishedAt);
        }
    }
}
