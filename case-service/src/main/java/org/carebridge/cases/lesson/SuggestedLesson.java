package org.carebridge.cases.lesson;

import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.barrier.Barrier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A lesson as a team sees it when it is suggested for the barrier the team is stuck on. */
public record SuggestedLesson(UUID lessonId, int revision, LessonKind kind, String title, String summary,
                              List<Barrier> barriers, List<Domain> domains, List<String> regions,
                              String publishedBy, OffsetDateTime publishedAt) {

    static SuggestedLesson of(Lesson l) {
        return new SuggestedLesson(l.id, l.revision, l.kind, l.title, l.summary, l.barriers.stream().sorted().toList(),
                l.domains.stream().sorted().toList(), l.regions.stream().sorted().toList(), l.publishedBy,
                l.publishedAt);
    }
}
