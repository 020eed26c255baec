package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Bad input answers 400 application/problem+json naming the offending field; never a 500 or a stack trace. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class ReferralValidationTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status,BOGUS", "page,-1", "page,x", "size,0", "size,101"})
    void badListParametersAreNamed(String parameter, String value) {
        as("ada").queryParam(parameter, value).get("/api/advisory/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void statusFilterAndPagingAreAccepted() {
        as("ada").queryParam("status", "open").queryParam("page", 2).queryParam("size", 5)
                .get("/api/advisory/referrals")
                .then().statusCode(200).body("page", equalTo(2)).body("size", equalTo(5));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "blank advice|{\"advice\":\"\"}|advice",
            "missing advice|{}|advice",
            "advice of the wrong type|{\"advice\":{\"text\":\"a\"}}|advice",
            "unknown field|{\"advice\":\"a\",\"youthName\":\"x\"}|youthName",
            "not JSON|advice=a|body"})
    void badAdviceBodiesAreNamed(String name, String body, String field) {
        as("ada").contentType(ContentType.JSON).body(body)
                .post("/api/advisory/referrals/{id}/advice", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void adviceLongerThan4000CharactersIsRefused() {
        as("ada").contentType(ContentType.JSON).body("{\"advice\":\"" + "x".repeat(4001) + "\"}")
                .post("/api/advisory/referrals/{id}/advice", UUID.randomUUID())
                .then().statusCode(400).body("errors.field", hasItem("advice"));
    }

    @Test
    void aMissingBodyIsRefused() {
        as("ada").contentType(ContentType.JSON).post("/api/advisory/referrals/{id}/advice", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
    }

    @Test
    void adviceOnAnUnknownReferralIsNotFound() {
        as("ada").contentType(ContentType.JSON).body("{\"advice\":\"a\"}")
                .post("/api/advisory/referrals/{id}/advice", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
