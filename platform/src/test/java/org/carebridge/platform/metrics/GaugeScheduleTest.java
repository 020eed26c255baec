package org.carebridge.platform.metrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one gauge schedule reads gauges that need no transaction too, and one failing read stops none of the others. */
class GaugeScheduleTest {

    @Test
    void aFailingGaugeDoesNotStopTheOthers() {
        List<String> read = new ArrayList<>();
        ScheduledGauge broken = () -> {
            read.add("broken");
            throw new IllegalStateException("broker away");
        };
        ScheduledGauge working = () -> read.add("working");

        new GaugeSchedule(List.of(), List.of(broken, working), null).refresh();

        assertEquals(List.of("broken", "working"), read);
    }
}
