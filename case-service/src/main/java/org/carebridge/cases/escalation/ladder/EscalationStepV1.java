package org.carebridge.cases.escalation.ladder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Our copy of the data of {@code network.escalation-step.v1} (producer: network-service, whose asyncapi.yaml is the
 * contract). A tolerant reader: fields added later are ignored, and {@code step} and {@code status} are open
 * vocabularies (a new step kind reaches the team without a release here); what is missing makes it poison.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EscalationStepV1(
        @NotNull UUID stepId,
        @NotNull UUID escalationId,
        @NotNull UUID caseId,
        @NotBlank @Size(max = 40) String step,
        @NotBlank @Size(max = 40) String status,
        @Size(max = 200) String owner,
        LocalDate dueDate,
        @NotNull OffsetDateTime at,
        @NotBlank @Size(max = 200) String actor,
        @Size(max = 4000) String reason,
        @Size(max = 4000) String note,
        @Valid Consultation consultation) {

    public static final String TYPE = "network.escalation-step.v1";
    public static final String TOPIC = "network.steps";

    /** A consultation table on CONSULTATION_CONVENED and CONSULTATION_OUTCOME. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consultation(UUID id, OffsetDateTime meetsAt, List<String> invitees, List<String> organisations,
                               @Size(max = 4000) String outcome, List<@Valid Decision> decisions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(@NotBlank @Size(max = 2000) String text, String owner, LocalDate dueDate) {
    }
}
