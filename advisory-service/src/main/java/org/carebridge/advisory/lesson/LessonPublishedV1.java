package org.carebridge.advisory.lesson;

import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code advisory.lesson-published.v1}: a published revision of a lesson, for every tier. No pseudonym,
 * no referral: lessons are general. A higher revision of the same lessonId replaces the earlier one.
 */
public record LessonPublishedV1(
        UUID lessonId,
        int revision,
        LessonKind kind,
        String title,
        String summary,
        List<Barrier> barriers,
        List<Domain> domains,
        List<String> regions,
        String publishedBy,
        OffsetDateTime publishedAt) implements OutgoingEvent {

    public static final String TYPE = "advisory.lesson-published.v1";
    public static final String TOPIC = "advisory.lessons";

    /** The revision as the lesson published it: its text and tags at that moment, nothing about a referral. */
    public static LessonPublishedV1 of(Lesson.Published published) {
        Lesson l = published.lesson();
        return new LessonPublishedV1(l.id, published.revision(), l.kind, l.title, l.summary,
                l.barriers.stream().map(Barrier::valueOf).toList(), l.domains.stream().map(Domain::valueOf).toList(),
                List.copyOf(l.regions), published.publishedBy(), published.publishedAt());
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return lessonId.toString();
    }
}
