package org.carebridge.cases.lesson;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives {@code advisory.lesson-published.v1} from topic advisory.lessons into the local lessons base. Anything
 * thrown from here sends the record to case-service.dead-letters, so only poison may escape.
 */
@ApplicationScoped
public class LessonConsumer {

    private final ConsumerIntake intake;
    private final LessonIntake lessons;

    public LessonConsumer(EventIntake intake, LessonIntake lessons) {
        this.intake = intake.forConsumer("case-service.lessons");
        this.lessons = lessons;
    }

    @Incoming("advisory-lessons")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    public void consume(String value) {
        intake.take(value, LessonPublishedV1.TYPE, LessonPublishedV1.class, (lesson, event) -> lessons.apply(event, lesson));
    }
}
