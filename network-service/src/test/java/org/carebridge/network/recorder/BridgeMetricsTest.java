package org.carebridge.network.recorder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.network.Bridge;
import org.carebridge.network.NetworkEvents;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.platform.metrics.GaugeSchedule;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The operator's product metrics move with the bridge's real work: a claim and a resolution are counted per region
 * and timed from the escalation's arrival, and the open count per region and status is read from the table.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class BridgeMetricsTest {

    @Inject
    MeterRegistry meters;
    @Inject
    GaugeSchedule gauges;

    @Test
    void claimsAndResolutionsAreCountedAndTimedAndOpenEscalationsGauged() {
        Escalated e = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        double claimed = steps("CLAIMED");
        double resolved = steps("RESOLVED");
        long timedClaims = timed("carebridge.escalation.time.to.claim");
        long timedResolutions = timed("carebridge.escalation.time.to.resolution");

        as("bruno").post("/api/network/escalations/{id}/claim", e.escalationId()).then().statusCode(200);
        assertEquals(claimed + 1, steps("CLAIMED"));
        assertEquals(timedClaims + 1, timed("carebridge.escalation.time.to.claim"));
        gauges.refresh();
        double openClaimed = open("CLAIMED");
        assertEquals(true, openClaimed >= 1, "the claimed escalation is open: " + openClaimed);

        as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "UNBLOCKED", "advice", "a place from Monday"))
                .post("/api/network/escalations/{id}/resolution", e.escalationId()).then().statusCode(200);
        assertEquals(resolved + 1, steps("RESOLVED"));
        assertEquals(timedResolutions + 1, timed("carebridge.escalation.time.to.resolution"));
        gauges.refresh();
        assertEquals(openClaimed - 1, open("CLAIMED"), "resolved: no longer open");

        // a refused step is no step
        as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "UNBLOCKED", "advice", "again"))
                .post("/api/network/escalations/{id}/resolution", e.escalationId()).then().statusCode(409);
        assertEquals(resolved + 1, steps("RESOLVED"));
    }

    private double steps(String step) {
        Counter counter = meters.find("carebridge.bridge.steps").tags("step", step, "region", "north").counter();
        return counter == null ? 0 : counter.count();
    }

    private long timed(String name) {
        Timer timer = meters.find(name).tags("region", "north").timer();
        return timer == null ? 0 : timer.count();
    }

    private double open(String status) {
        Gauge gauge = meters.find("carebridge.escalations.open").tags("region", "north", "status", status).gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
