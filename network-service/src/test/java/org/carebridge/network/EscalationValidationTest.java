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

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Bad input answers 400 application/problem+json naming the offending field; never a 500 or a stack trace. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class EscalationValidationTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status,BOGUS", "page,-1", "page,abc", "size,0", "size,101", "size,1e3", "barrier,BOREDOM",
            "urgency,URGENT", "ageBand,17", "ageBand,16_17"})
    void badListParametersAreNamed(String parameter, String value) {
        as("bruno").queryParam(parameter, value).get("/api/network/escalations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(parameter));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status,BOGUS", "reason,BIRTHDAY", "page,-1", "size,101"})
    void badHandoverListParametersAreNamed(String parameter, String value) {
        as("bruno").queryParam(parameter, value).get("/api/network/handovers")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(parameter));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page,-1", "size,0"})
    void badAlertListParametersAreNamed(String parameter, String value) {
        as("bruno").queryParam(parameter, value).get("/api/network/alerts")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(parameter));
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

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "POST|notes|{\"text\":\" \"}|text",
            "POST|notes|{}|text",
            "POST|notes|{\"text\":\"x\",\"visibility\":\"all\"}|visibility",
            "PUT|due-date|{}|dueDate",
            "PUT|due-date|{\"dueDate\":\"next week\"}|dueDate",
            "PUT|due-date|{\"dueDate\":\"2020-01-01\"}|dueDate",
            "PUT|due-date|{\"dueDate\":\"2999-12-31\",\"reason\":\"never climbs\"}|dueDate",
            "PUT|due-date|{\"dueDate\":\"2099-01-01\",\"reason\":[1]}|reason",
            "POST|consultations|{\"agenda\":\"a\",\"members\":[\"anna\"],\"organisations\":[]}|meetsAt",
            "POST|consultations|{\"meetsAt\":\"2099-01-01T10:00:00Z\",\"members\":[\"anna\"],\"organisations\":[]}|agenda",
            "POST|consultations|{\"meetsAt\":\"2099-01-01T10:00:00Z\",\"agenda\":\"a\",\"organisations\":[]}|members",
            "POST|consultations|{\"meetsAt\":\"2099-01-01T10:00:00Z\",\"agenda\":\"a\",\"members\":[\"Anna Haddad\"],\"organisations\":[]}|members[0]",
            "POST|consultations|{\"meetsAt\":\"2099-01-01T10:00:00Z\",\"agenda\":\"a\",\"members\":[],\"organisations\":[]}|members",
            "POST|consultations|{\"meetsAt\":\"2020-01-01T10:00:00Z\",\"agenda\":\"a\",\"members\":[\"anna\"],\"organisations\":[]}|meetsAt",
            "POST|resolution|{\"advice\":\"a\"}|outcome",
            "POST|resolution|{\"outcome\":\"SOLVED\",\"advice\":\"a\"}|outcome",
            "POST|resolution|{\"outcome\":\"UNBLOCKED\",\"advice\":\"\"}|advice",
            "POST|resolution|{\"outcome\":\"UNBLOCKED\"}|advice",
            "POST|resolution|{\"outcome\":|body"})
    void badBodiesOfTheBridgesWorkAreNamed(String method, String action, String body, String field) {
        as("bruno").contentType(ContentType.JSON).body(body)
                .request(method, "/api/network/escalations/{id}/" + action, UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("Exception")));
    }

    @ParameterizedTest(name = "{0} {1} without a body")
    @CsvSource({"POST,notes", "PUT,due-date", "POST,consultations", "POST,resolution"})
    void missingBodiesAreRefused(String method, String action) {
        as("bruno").contentType(ContentType.JSON)
                .request(method, "/api/network/escalations/{id}/" + action, UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
    }

    @Test
    void anIdThatIsNoUuidIsNotFound() {
        as("bruno").get("/api/network/escalations/42").then().statusCode(404);
    }
}
