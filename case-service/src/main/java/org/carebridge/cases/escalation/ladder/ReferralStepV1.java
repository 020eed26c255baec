package org.carebridge.cases.escalation.ladder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Our copy of the data of {@code advisory.referral-step.v1} (producer: advisory-service, whose asyncapi.yaml is the
 * contract). A tolerant reader like {@link EscalationStepV1}: {@code step} is an open vocabulary. The advisory group
 * never knows the case: the escalation id is what ties the step to it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralStepV1(
        @NotNull UUID stepId,
        @NotNull UUID referralId,
        @NotNull UUID escalationId,
        @NotBlank @Size(max = 40) String step,
        @Size(max = 200) String owner,
        LocalDate dueDate,
        @NotNull OffsetDateTime at,
        @NotBlank @Size(max = 200) String actor,
        UUID sessionId,
        @Valid Decision decision,
        @Size(max = 4000) String reason) {

    public static final String TYPE = "advisory.referral-step.v1";
    public static final String TOPIC = "advisory.steps";

    /** A session's decision on DECISION; one that is not final keeps the referral on the next session's agenda. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(@NotBlank @Size(max = 4000) String text, String owner, LocalDate dueDate,
                           @JsonProperty("final") boolean isFinal) {
    }
}
