package org.carebridge.cases.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.events.CloudEvent;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Keeps one lesson per lessonId, the highest revision: a republished lesson replaces the earlier text, and an older
 * revision arriving late (or the same event redelivered) changes nothing.
 */
@ApplicationScoped
public class LessonIntake {

    private static final Logger LOG = Logger.getLogger(LessonIntake.class);

    private final Clock clock;

    public LessonIntake(Clock clock) {
        this.clock = clock;
    }

    public void apply(CloudEvent event, LessonPublishedV1 published) {
        Lesson lesson = Lesson.findById(published.lessonId(), LockModeType.PESSIMISTIC_WRITE);
        if (lesson != null && lesson.revision >= published.revision()) {
            LOG.debugf("lesson %s revision %d ignored: revision %d is kept", published.lessonId(),
                    published.revision(), lesson.revision);
            return;
        }
        boolean isNew = lesson == null;
        if (isNew) {
            lesson = new Lesson();
            lesson.id = published.lessonId();
        }
        lesson.revision = published.revision();
        lesson.kind = published.kind();
        lesson.title = published.title().strip();
        lesson.summary = published.summary().strip();
        lesson.barriers.clear();
        lesson.barriers.addAll(published.barriers());
        lesson.domains.clear();
        lesson.domains.addAll(published.domains());
        lesson.regions.clear();
        for (String region : published.regions()) {
            lesson.regions.add(region.strip());
        }
        lesson.publishedBy = published.publishedBy();
        lesson.publishedAt = published.publishedAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        lesson.receivedAt = Clocks.now(clock);
        if (isNew) {
            lesson.persist();
        }
    }
}
