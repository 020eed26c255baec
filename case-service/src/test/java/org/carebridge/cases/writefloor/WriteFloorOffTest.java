package org.carebridge.cases.writefloor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import static org.carebridge.cases.CaseApi.as;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outside bench/run's own system the write floor does not exist: nothing answers 201 and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class WriteFloorOffTest {

    @Test
    void theBareEndpointIsAbsentUnlessTheBenchmarkTurnsItOn() {
        // the path then meets /api/cases/{id}, which has no POST: 405, or 404 as any unknown path
        as("anna").when().post("/api/cases/write-floor")
                .then().statusCode(either(equalTo(404)).or(equalTo(405)));
        assertEquals(0, WriteFloorRow.count());
    }
}
