package org.carebridge.network.escalation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The small forms of the bridge inbox; each names its field in a 400 when it is wrong. */
public final class BridgeRequests {

    private BridgeRequests() {
    }

    /** A note of the bridge; it stays in network-service unless {@code forTeam} (absent: false) sends it down. */
    public record Note(@NotBlank @Size(max = 4000) String text, boolean forTeam) {
    }

    /** A new due date; why it moves (kept as the owner's note) is required when it moves later. */
    public record DueDate(@NotNull LocalDate dueDate, @Size(max = 500) String reason) {
    }

    /**
     * A consultation table: team members by username, organisations by name (at least one invitee in all),
     * a moment in the future and an agenda.
     */
    public record Consultation(
            @NotNull OffsetDateTime meetsAt,
            @NotBlank @Size(max = 4000) String agenda,
            @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}",
                    message = "must be a username") String> members,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> organisations) {
    }

    /**
     * What a consultation table concluded, and the decisions taken there (none is fine: a table may only agree on
     * the outcome); each is due from today up to a year ahead, checked by the service against its clock.
     */
    public record ConsultationOutcome(@NotBlank @Size(max = 4000) String outcome,
                                      @Size(max = 20) List<@NotNull @Valid Decision> decisions) {

        public ConsultationOutcome {
            decisions = decisions == null ? List.of() : decisions;
        }
    }

    /** A decision of a consultation table: what, who carries it out (a username), by when. */
    public record Decision(@NotBlank @Size(max = 2000) String text,
                           @NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}", message = "must be a username")
                           String owner,
                           @NotNull LocalDate dueDate) {
    }

    /** The region lead gives a climbed escalation to a coordinator of the region, and says why (kept as a note). */
    public record Reassignment(@NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}", message = "must be a username")
                               String owner, @NotBlank @Size(max = 500) String reason) {
    }

    /** The outcome and the advice written for the case team; both travel to case-service. */
    public record Resolution(@NotNull Outcome outcome, @NotBlank @Size(max = 4000) String advice) {
    }
}
