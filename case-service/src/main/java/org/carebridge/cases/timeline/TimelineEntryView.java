package org.carebridge.cases.timeline;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One line as clients read it: {@code kind} and {@code params} (never null; empty for lines older than params) are
 * what the web client renders in the reader's language, {@code summary} the English line for older clients.
 */
public record TimelineEntryView(UUID id, OffsetDateTime at, TimelineKind kind, String actor, String summary,
                                Map<String, String> params, UUID refId) {

    public static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.id, e.at, e.kind, e.actor, e.summary,
                e.params == null ? Map.of() : e.params, e.refId);
    }
}
