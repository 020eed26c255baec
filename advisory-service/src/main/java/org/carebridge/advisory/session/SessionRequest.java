package org.carebridge.advisory.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A meeting to plan: its date, the members taking part, and how many referrals the agenda holds (default 10). */
public record SessionRequest(
        @NotNull LocalDate date,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> members,
        @Min(1) @Max(50) Integer agendaSize) {
}
