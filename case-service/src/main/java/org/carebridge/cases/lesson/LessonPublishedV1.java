package org.carebridge.cases.lesson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.barrier.Barrier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Our copy of the data of {@code advisory.lesson-published.v1} (producer: advisory-service, whose asyncapi.yaml is
 * the contract). A tolerant reader: fields the producer adds later are ignored; what is missing makes it poison.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LessonPublishedV1(
        @NotNull UUID lessonId,
        @NotNull @Min(1) Integer revision,
        @NotNull LessonKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull @Size(max = 20) List<@NotNull Barrier> barriers,
        @NotNull @Size(max = 3) List<@NotNull Domain> domains,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 50) String> regions,
        @NotBlank @Size(max = 200) String publishedBy,
        @NotNull OffsetDateTime publishedAt) {

    public static final String TYPE = "advisory.lesson-published.v1";
    public static final String TOPIC = "advisory.lessons";
}
