package org.carebridge.network.escalation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.network.vocabulary.Intensity;
import org.carebridge.network.vocabulary.TriedMeasure;
import org.carebridge.network.vocabulary.Urgency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code case.escalated.v1} as network-service reads it (our own copy of case-service's contract).
 * Fields case-service may add later are ignored, never stored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseEscalatedV1(
        @NotNull UUID escalationId,
        @NotNull UUID caseId,
        @NotBlank @Size(max = 50) String region,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String pseudonym,
        @NotNull AgeBand ageBand,
        @NotEmpty @Size(max = 3) List<@NotNull Domain> domains,
        @NotNull Intensity intensity,
        @NotNull Barrier barrier,
        @NotNull Urgency urgency,
        @NotBlank @Size(max = 10000) String whatWasTried,
        @NotNull @Size(max = 20) List<@NotNull TriedMeasure> triedMeasures,
        @NotBlank @Size(max = 200) String raisedBy,
        @NotNull OffsetDateTime raisedAt) {

    public static final String TYPE = "case.escalated.v1";
    public static final String TOPIC = "case.escalations";
}
