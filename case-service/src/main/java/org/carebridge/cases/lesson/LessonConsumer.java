package org.carebridge.cases.lesson;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.inbox.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Receives {@code advisory.lesson-published.v1} from topic advisory.lessons into the local lessons base. Anything
 * thrown from here sends the record to case-service.dead-letters, so only poison may escape.
 */
@ApplicationScoped
public class LessonConsumer {

    private static final Logger LOG = Logger.getLogger(LessonConsumer.class);

    private final EventReader events;
    private final LessonIntake intake;
    private final TransientRetry retry;

    public LessonConsumer(EventReader events, LessonIntake intake, TransientRetry retry) {
        this.events = events;
        this.intake = intake;
        this.retry = retry;
    }

    @Incoming("advisory-lessons")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    public void consume(String value) {
        CloudEvent event = events.envelope(value);
        if (!LessonPublishedV1.TYPE.equals(event.type())) {
            LOG.debugf("ignoring %s %s on %s: not for case-service", event.type(), event.id(), LessonPublishedV1.TOPIC);
            return;
        }
        LessonPublishedV1 lesson = events.data(event, LessonPublishedV1.class);
        retry.run(event.type() + " " + event.id(), () -> intake.apply(event, lesson));
    }
}
