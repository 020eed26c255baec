package org.carebridge.advisory.recorder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.advisory.AdvisoryEvents;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.platform.metrics.GaugeSchedule;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The advisory tier's product metrics move with its real work: steps per region, open referrals from the table. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class ReferralMetricsTest {

    @Inject
    MeterRegistry meters;
    @Inject
    GaugeSchedule gauges;

    @Test
    void ownerStepsAndAdviceAreCountedAndOpenReferralsGaugedPerRegion() {
        gauges.refresh();
        double openBefore = open();
        double ownersBefore = steps("OWNER_SET");
        double advisedBefore = steps("ADVISED");
        Referred event = AdvisoryEvents.arrived(AdvisoryEvents.referred("north"));
        gauges.refresh();
        assertEquals(openBefore + 1, open(), "the new referral is open");

        as("ada").contentType(ContentType.JSON).body(Map.of("owner", "ada"))
                .post("/api/advisory/referrals/{id}/owner", event.referralId()).then().statusCode(200);
        assertEquals(ownersBefore + 1, steps("OWNER_SET"));
        as("ada").contentType(ContentType.JSON).body(Map.of("owner", "nobody-such"))
                .post("/api/advisory/referrals/{id}/owner", event.referralId()).then().statusCode(400);
        assertEquals(ownersBefore + 1, steps("OWNER_SET"), "a refused step is no step");

        as("ada").contentType(ContentType.JSON).body(Map.of("advice", "a language buddy and a mid-year place"))
                .post("/api/advisory/referrals/{id}/advice", event.referralId()).then().statusCode(201);
        assertEquals(advisedBefore + 1, steps("ADVISED"), "the advice counts as the tier's step");
        as("ada").contentType(ContentType.JSON).body(Map.of("advice", "once more"))
                .post("/api/advisory/referrals/{id}/advice", event.referralId()).then().statusCode(409);
        assertEquals(advisedBefore + 1, steps("ADVISED"), "a refused advice is no step");
        gauges.refresh();
        assertEquals(openBefore, open(), "advised: no longer open");
    }

    private double steps(String step) {
        Counter counter = meters.find("carebridge.referral.steps").tags("step", step, "region", "north").counter();
        return counter == null ? 0 : counter.count();
    }

    private double open() {
        Gauge gauge = meters.find("carebridge.referrals.open").tags("region", "north").gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
