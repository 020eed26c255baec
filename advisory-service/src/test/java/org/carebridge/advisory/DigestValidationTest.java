package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.carebridge.advisory.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bad periods answer 400 naming the parameter; another region's statistics are refused. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class DigestValidationTest {

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource(nullValues = "none", value = {
            "none,2026-12,from", "2026-01,none,to", "2026-13,2026-12,from", "2026-01,December,to",
            "2026-01-01,2026-12,from", "2026-12,2026-01,from", "2000-01,2026-12,to",
            "+999999999-11,+999999999-12,from", "1899-12,2026-01,from"})
    void badPeriodsAreNamed(String from, String to, String field) {
        for (String path : new String[]{"/api/advisory/digest", "/api/advisory/digest/export.csv"}) {
            var request = as("ada");
            if (from != null) {
                request = request.queryParam("from", from);
            }
            if (to != null) {
                request = request.queryParam("to", to);
            }
            request.get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
        }
    }

    @Test
    void anotherRegionIsRefused() {
        as("ada").queryParam("region", "south").queryParam("from", "2026-01").queryParam("to", "2026-12")
                .get("/api/advisory/digest").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theOwnRegionIsTheDefaultAndAnEmptyPeriodIsAllHidden() {
        as("ada").queryParam("region", "north").queryParam("from", "1990-01").queryParam("to", "1990-12")
                .get("/api/advisory/digest").then().statusCode(200)
                .body("region", equalTo("north")).body("casesSuppressed", equalTo(true))
                .body("breakdowns.find { it.dimension == 'STATUS' }.totalSuppressed", equalTo(true));
    }
}
