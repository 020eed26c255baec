package org.carebridge.network;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.platform.metrics.GaugeSchedule;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's dead-letter gauge rises with a record the service could not apply (read off the real broker, on the
 * same schedule as the table gauges).
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class DeadLetterGaugeTest {

    private static final String DEAD_LETTERS = "network-service.dead-letters";

    @Inject
    GaugeSchedule gauges;
    @Inject
    MeterRegistry meters;

    @Test
    void aNewDeadLetterRaisesTheGauge() {
        gauges.refresh();
        double before = kept();
        String marker = UUID.randomUUID().toString();
        TestEvents.deadLetterOf(DEAD_LETTERS, "case.escalations", marker, marker, "this is no CloudEvent " + marker);
        gauges.refresh();
        assertTrue(kept() >= before + 1, () -> "dead letters before " + before + ", after " + kept());
    }

    private double kept() {
        return meters.get("carebridge.dead.letters").tag("topic", DEAD_LETTERS).gauge().value();
    }
}
