package org.carebridge.platform.topics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a trim cut shows as a counter per topic, so an operator sees it work without an INFO line every run. */
class ConsumedRecordTrimCountTest {

    @Test
    void countsTheRecordsCutPerTopicAcrossRuns() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ConsumedRecordTrim trim = new ConsumedRecordTrim(null, Map.of(), meters);

        trim.count(Map.of("case.escalations", 3L, "advisory.advice", 1L));
        trim.count(Map.of("case.escalations", 2L));

        assertEquals(5.0, meters.counter(ConsumedRecordTrim.TRIMMED, "topic", "case.escalations").count());
        assertEquals(1.0, meters.counter(ConsumedRecordTrim.TRIMMED, "topic", "advisory.advice").count());
    }
}
