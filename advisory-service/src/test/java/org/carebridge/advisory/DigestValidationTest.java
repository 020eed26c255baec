package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Periods are calendar quarters (quarter=YYYY-Qn): any other value, and the month range from/to of the first
 * version, answers 400 naming the parameter; another region's statistics are refused.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class DigestValidationTest {

    @ParameterizedTest(name = "quarter={0} from={1} to={2}")
    @CsvSource(nullValues = "none", value = {
            "none,none,none,quarter", "'',none,none,quarter", "2026-Q5,none,none,quarter", "2026-Q0,none,none,quarter",
            "2026-10,none,none,quarter", "2026-4,none,none,quarter", "Q4-2026,none,none,quarter",
            "2026-Q4-2027-Q1,none,none,quarter", "1899-Q4,none,none,quarter", "+999999999-Q1,none,none,quarter",
            "none,2026-01,2026-03,from", "none,2026-01,none,from", "none,none,2026-03,to",
            "2026-Q1,2026-01,none,from", "2026-Q1,none,2026-04,to"})
    void badPeriodsAreNamed(String quarter, String from, String to, String field) {
        for (String path : new String[]{"/api/advisory/digest", "/api/advisory/digest/export.csv"}) {
            var request = as("ada");
            if (quarter != null) {
                request = request.queryParam("quarter", quarter);
            }
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

    /** Clients learn the shape from the OpenAPI document: quarter, described; the refused range is not offered. */
    @Test
    void theOpenApiDocumentOffersTheQuarterOnly() {
        for (String path : new String[]{"/api/advisory/digest", "/api/advisory/digest/export.csv"}) {
            var operation = given().accept("application/json")
                    .get(org.carebridge.stack.testing.CarebridgeStackResource.managementUrl() + "/q/openapi")
                    .then().statusCode(200).extract().jsonPath().getMap("paths.'" + path + "'.get");
            String parameters = String.valueOf(operation.get("parameters"));
            assertTrue(parameters.contains("name=quarter"), parameters);
            assertTrue(parameters.contains("YYYY-Qn"), parameters);
            assertFalse(parameters.contains("name=from"), parameters);
            assertTrue(String.valueOf(operation.get("description")).contains("calendar quarters"));
        }
    }

    @Test
    void anotherRegionIsRefused() {
        as("ada").queryParam("region", "south").queryParam("quarter", "2026-Q4")
                .get("/api/advisory/digest").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theOwnRegionIsTheDefaultAndAnEmptyQuarterIsAllHidden() {
        as("ada").queryParam("region", "north").queryParam("quarter", " 1990-q2 ")
                .get("/api/advisory/digest").then().statusCode(200)
                .body("region", equalTo("north")).body("quarter", equalTo("1990-Q2"))
                .body("from", equalTo("1990-04")).body("to", equalTo("1990-06")).body("casesSuppressed", equalTo(true))
                .body("breakdowns.find { it.dimension == 'STATUS' }.totalSuppressed", equalTo(true));
    }
}
