package org.carebridge.platform.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A dead letter as the operator sees it: where the record came from, which event it was and why it could not
 * be applied. Not its data: that may hold a team's or an adviser's free text, which the operator does not need
 * to repair delivery; the reason names the field that failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetterView(
        String id,
        OffsetDateTime deadLetteredAt,
        String topic,
        Integer partition,
        Long offset,
        String key,
        String eventId,
        String eventType,
        String source,
        String reason,
        boolean replayable,
        List<Replay> replays) {

    public record Replay(String by, OffsetDateTime at) {
    }
}
