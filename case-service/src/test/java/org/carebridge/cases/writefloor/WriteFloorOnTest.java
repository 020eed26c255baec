package org.carebridge.cases.writefloor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.carebridge.cases.CaseApi.as;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** In bench/run's system: one row per call, behind the same token and role check as every case-worker write. */
@QuarkusTest
@TestProfile(WriteFloorOnTest.BenchSystem.class)
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class WriteFloorOnTest {

    /** What bench/run sets (CAREBRIDGE_BENCH_WRITE_FLOOR=on). */
    public static class BenchSystem implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carebridge.bench.write-floor", "on");
        }
    }

    @Test
    void aCaseWorkerWritesOneRowOthersNone() {
        long before = WriteFloorRow.count();
        as("anna").when().post("/api/cases/write-floor").then().statusCode(201).body("id", notNullValue());
        as("bruno").when().post("/api/cases/write-floor").then().statusCode(403);
        given().when().post("/api/cases/write-floor").then().statusCode(401);
        assertEquals(before + 1, WriteFloorRow.count());
    }
}
