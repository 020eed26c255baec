package org.carebridge.advisory.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the session decided about a referral on its agenda, who follows it up by when, and whether it is final. A
 * decision that is not final (the default, so nothing drops off the agenda unless the group says so) needs an owner
 * and a due date and keeps the referral on the next session's agenda; a final one takes it off.
 */
public record DecisionRequest(@NotNull UUID referralId, @NotBlank @Size(max = 4000) String decision,
                              @Size(max = 200) String owner, LocalDate dueDate,
                              @JsonProperty("final") Boolean isFinal) {

    boolean decidedFinally() {
        return Boolean.TRUE.equals(isFinal);
    }

    /** The owner as written, or null when none or only blanks were given. */
    String ownerOrNull() {
        return owner == null || owner.isBlank() ? null : owner.strip();
    }
}
