package org.carebridge.cases.goal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.cases.casefile.Domain;

import java.time.LocalDate;

/** Request bodies of {@code /api/cases/{id}/goals}. */
public final class GoalRequests {

    private GoalRequests() {
    }

    /** A new goal; the owner must be a member of the case, the due date today or later. */
    public record NewGoal(
            @NotNull Domain domain,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a login name") String owner,
            @NotNull LocalDate dueDate) {
    }

    /** {@code PUT /goals/{goalId}}: every field replaced; a goal moves between OPEN, DONE and DROPPED freely. */
    public record GoalChange(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a login name") String owner,
            @NotNull LocalDate dueDate,
            @NotNull GoalStatus status) {
    }
}
