package org.carebridge.advisory.lesson;

import org.carebridge.platform.time.Clocks;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A lesson as advisory members see it; {@code revision} 0 = never published, {@code changed} = unpublished edits. */
public record LessonView(
        UUID id,
        LessonKind kind,
        String title,
        String summary,
        List<Barrier> barriers,
        List<Domain> domains,
        List<String> regions,
        String ownerRegion,
        UUID sourceReferralId,
        int revision,
        boolean changed,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String publishedBy,
        OffsetDateTime publishedAt) {

    static LessonView of(Lesson l) {
        return new LessonView(l.id, l.kind, l.title, l.summary, l.barriers.stream().map(Barrier::valueOf).toList(),
                l.domains.stream().map(Domain::valueOf).toList(), List.copyOf(l.regions), l.ownerRegion,
                l.sourceReferralId, l.revision, l.changed, l.createdBy, Clocks.utc(l.createdAt), Clocks.utc(l.updatedAt),
                l.publishedBy, Clocks.utc(l.publishedAt));
    }

}
