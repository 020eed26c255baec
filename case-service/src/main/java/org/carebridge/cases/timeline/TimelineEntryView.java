package org.carebridge.cases.timeline;

import java.time.OffsetDateTime;
import java.util.UUID;

public record TimelineEntryView(UUID id, OffsetDateTime at, TimelineKind kind, String actor, String summary,
                                UUID refId) {

    public static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.id, e.at, e.kind, e.actor, e.summary, e.refId);
    }
}
