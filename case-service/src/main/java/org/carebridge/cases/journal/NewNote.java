package org.carebridge.cases.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/cases/{id}/notes}. The text is personal data of the case: team only, erased at retention. */
public record NewNote(@NotNull NoteKind kind, @NotBlank @Size(max = 4000) String text) {
}
