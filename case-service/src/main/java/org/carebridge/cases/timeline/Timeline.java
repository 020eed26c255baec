package org.carebridge.cases.timeline;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Appends to and reads a case's timeline; callers have already checked that the caller may. */
@ApplicationScoped
public class Timeline {

    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry append(UUID caseId, OffsetDateTime at, TimelineKind kind, String actor, String summary,
                                UUID refId) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.at = at;
        entry.kind = kind;
        entry.actor = actor;
        entry.summary = summary;
        entry.refId = refId;
        entry.persist();
        return entry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<TimelineEntryView> of(UUID caseId) {
        return TimelineEntry.<TimelineEntry>find("caseId", Sort.by("at").and("seq"), caseId)
                .stream().map(TimelineEntryView::of).toList();
    }
}
