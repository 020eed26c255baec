package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.carebridge.network.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Bad input answers 400 application/problem+json naming the offending field; never a 500 or a stack trace. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class EscalationValidationTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status,BOGUS", "page,-1", "page,abc", "size,0", "size,101", "size,1e3"})
    void badListParametersAreNamed(String parameter, String value) {
        as("bruno").queryParam(parameter, value).get("/api/network/escalations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void statusFilterAndPagingAreAccepted() {
        as("bruno").queryParam("status", "claimed").queryParam("page", 0).queryParam("size", 100)
                .get("/api/network/escalations")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(100));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "blank question|{\"question\":\"  \"}|question",
            "missing question|{}|question",
            "question of the wrong type|{\"question\":[1]}|question",
            "unknown field|{\"question\":\"q\",\"caseNotes\":\"x\"}|caseNotes",
            "not JSON|{\"question\":|body"})
    void badReferralBodiesAreNamed(String name, String body, String field) {
        as("bruno").contentType(ContentType.JSON).body(body)
                .post("/api/network/escalations/{id}/referral", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aQuestionLongerThan2000CharactersIsRefused() {
        as("bruno").contentType(ContentType.JSON).body("{\"question\":\"" + "x".repeat(2001) + "\"}")
                .post("/api/network/escalations/{id}/referral", UUID.randomUUID())
                .then().statusCode(400).body("errors.field", hasItem("question"));
    }

    @Test
    void aMissingBodyIsRefused() {
        as("bruno").contentType(ContentType.JSON)
                .post("/api/network/escalations/{id}/referral", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
    }

    @Test
    void anIdThatIsNoUuidIsNotFound() {
        as("bruno").get("/api/network/escalations/42").then().statusCode(404);
    }
}
