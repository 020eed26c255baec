package org.carebridge.advisory.digest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.advisory.vocabulary.AgeBand;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.CaseStatus;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.advisory.vocabulary.Intensity;
import org.carebridge.advisory.vocabulary.Tier;
import org.carebridge.advisory.vocabulary.Transition18;
import org.carebridge.advisory.vocabulary.Urgency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code case.digest.v1} as advisory-service reads it (our own copy of case-service's contract), reduced
 * to what the statistics need: the team's counters (members, goals) and the outcome are not read, so they are
 * never stored. Unknown fields are ignored and, having no place here, never stored either.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseDigestV1(
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String pseudonym,
        @NotNull @Min(1) Long sequence,
        @NotNull OffsetDateTime asOf,
        @NotBlank @Size(max = 50) String region,
        @NotNull AgeBand ageBand,
        @NotNull @Size(max = 3) List<@NotNull Domain> domains,
        @NotNull Intensity intensity,
        @NotNull CaseStatus status,
        @NotNull LocalDate openedOn,
        LocalDate closedOn,
        @NotNull @Size(max = 500) List<@NotNull @Valid Escalation> escalations,
        @NotNull Transition18 transition18) {

    public static final String TYPE = "case.digest.v1";
    public static final String TOPIC = "case.digests";

    /** One escalation of the case, oldest first; endedAt and endedBy are null while it is open. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Escalation(
            @NotNull Barrier barrier,
            @NotNull Urgency urgency,
            @NotNull OffsetDateTime raisedAt,
            OffsetDateTime endedAt,
            Tier endedBy) {
    }
}
