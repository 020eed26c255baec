package org.carebridge.cases.recorder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.carebridge.cases.CaseApi.newEscalation;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An escalation a team raises is counted for the operator's dashboard, per region; a refused one is not. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class CaseMetricsTest {

    @Inject
    MeterRegistry meters;

    @Test
    void raisedEscalationsAreCountedPerRegion() {
        double before = raised("north");
        String caseId = createCase("anna");
        escalate("anna", caseId);
        assertEquals(before + 1, raised("north"));

        as("anna").body(newEscalation()).post("/api/cases/{id}/escalations", caseId).then().statusCode(409);
        assertEquals(before + 1, raised("north"), "a second open escalation is refused and not counted");
    }

    private double raised(String region) {
        Counter counter = meters.find("carebridge.escalations.raised").tags("region", region).counter();
        return counter == null ? 0 : counter.count();
    }
}
