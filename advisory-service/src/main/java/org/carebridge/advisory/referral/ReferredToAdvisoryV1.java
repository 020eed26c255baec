package org.carebridge.advisory.referral;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.advisory.vocabulary.AgeBand;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.advisory.vocabulary.Intensity;
import org.carebridge.advisory.vocabulary.TriedMeasure;
import org.carebridge.advisory.vocabulary.Urgency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code network.referred-to-advisory.v1} as advisory-service reads it (our own copy of
 * network-service's contract). Unknown fields are ignored for forward compatibility and, because this record
 * has no place for them, can never be stored: whatever a producer adds by mistake stops here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferredToAdvisoryV1(
        @NotNull UUID referralId,
        @NotNull UUID escalationId,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String pseudonym,
        @NotBlank @Size(max = 50) String region,
        @NotNull AgeBand ageBand,
        @NotEmpty @Size(max = 3) List<@NotNull Domain> domains,
        @NotNull Intensity intensity,
        @NotNull Barrier barrier,
        @NotNull Urgency urgency,
        @NotNull @Size(max = 20) List<@NotNull TriedMeasure> triedMeasures,
        @NotBlank @Size(max = 2000) String question,
        @NotBlank @Size(max = 200) String referredBy,
        @NotNull OffsetDateTime referredAt,
        // optional since network-service 0.2: older events lack it
        @Size(max = 100) List<@NotNull @Valid Step> bridgeSteps) {

    public static final String TYPE = "network.referred-to-advisory.v1";
    public static final String TOPIC = "network.referrals";

    /**
     * What the bridge did, oldest first. The step is the bridge's vocabulary, read tolerantly: any name of that
     * shape is kept (a new kind of step needs no release here), anything else is poison.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be a step name") String step,
                       @NotNull OffsetDateTime at) {
    }

    public List<Step> stepsOrNone() {
        return bridgeSteps == null ? List.of() : bridgeSteps;
    }
}
