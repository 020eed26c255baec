package org.carebridge.network.teamnotice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code advisory.referral-step.v1} as network-service reads it (our own copy of advisory-service's
 * contract): which step, on which referral and escalation, by whom and when, and whom a reminder or a climb is for
 * (owner, climbedTo: usernames, emailed the due date). The group's texts (a decision, a closure's reason) are not
 * read: the team reads them on its timeline, never by email. {@code step} is an open vocabulary.
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
        @Size(max = 200) String climbedTo) {

    public static final String TYPE = "advisory.referral-step.v1";
    public static final String TOPIC = "advisory.steps";
}
