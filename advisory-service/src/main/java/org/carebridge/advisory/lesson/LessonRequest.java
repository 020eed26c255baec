package org.carebridge.advisory.lesson;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;

import java.util.List;

/**
 * A lesson as an advisory member writes it, for case teams and the bridge: general, never about one youth.
 * {@code regions} empty means every region.
 */
public record LessonRequest(
        @NotNull LessonKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull @Size(min = 1, max = 10) List<@NotNull Barrier> barriers,
        @NotNull @Size(max = 3) List<@NotNull Domain> domains,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 50) String> regions) {
}
