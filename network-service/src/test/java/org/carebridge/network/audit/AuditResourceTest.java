package org.carebridge.network.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.network.Bridge;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.NetworkEvents;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the bridge did to a case leaves lines that an auditor, and only an auditor, reads; that read is audited. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class AuditResourceTest {

    private static final String PATH = "/api/network/audit";

    @Inject
    DataSource dataSource;

    @Test
    void theAuditorReadsWhatACoordinatorDidByCaseAndByActor() {
        Escalated event = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        as("bruno").post("/api/network/escalations/{id}/claim", event.escalationId()).then().statusCode(200);
        String caseId = event.caseId().toString();

        // newest first: bruno's claim after the service's receipt of the escalation
        as("otto").queryParam("caseId", caseId).queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", contains("CLAIM", "RECEIVE"))
                .body("items.actor", contains("bruno", "system:carebridge/network-service"))
                .body("items.caseId", everyItem(equalTo(caseId)))
                .body("items[0].objectType", equalTo("escalation"))
                .body("items[0].objectId", equalTo(event.escalationId().toString()))
                .body("items[0].actorRoles", containsString("bridge-coordinator"));
        as("otto").queryParam("caseId", " " + caseId + " ").queryParam("actor", "bruno").get(PATH).then()
                .statusCode(200).body("total", equalTo(1)).body("items.action", contains("CLAIM"));

        // both reads were audited, under the case they asked about
        as("otto").queryParam("caseId", caseId).queryParam("actor", "otto").queryParam("objectType", "audit")
                .get(PATH).then().statusCode(200).body("items.action", contains("READ", "READ"))
                .body("items.caseId", everyItem(equalTo(caseId)))
                .body("items[0].reason", equalTo("filtered by caseId, actor"));
        assertEquals(3, db().count("select count(*) from audit_entry where case_id = ? and actor = 'otto' "
                + "and action = 'READ' and object_type = 'audit'", event.caseId()));
    }

    @Test
    void withoutFiltersTheWholeTrailIsPaged() {
        as("otto").queryParam("size", 1).get(PATH).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1)).body("items.size()", equalTo(1));
    }

    @ParameterizedTest(name = "caseId={0}")
    @ValueSource(strings = {"nope", "1-2-3-4-5", "0e2a3a4c-5b6d-4e7f-8a9b-0c1d2e3f4a5"})
    void aMalformedCaseIdIsABadRequestNamingIt(String caseId) {
        as("otto").queryParam("caseId", caseId).get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("caseId")));
    }

    @Test
    void overlongFiltersAndBadPagingAreNamed() {
        as("otto").queryParam("actor", "x".repeat(201)).get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("actor")));
        as("otto").queryParam("objectType", "x".repeat(101)).get(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("objectType")));
        as("otto").queryParam("size", 1000).get(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("size")));
    }

    @ParameterizedTest(name = "{0} may not read the trail")
    @ValueSource(strings = {"bruno", "sofie", "anna", "ada", "nils"})
    void onlyAuditorsReadTheTrail(String user) {
        as(user).get(PATH).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void noTokenIsUnauthorised() {
        given().get(PATH).then().statusCode(401);
    }

    private Db db() {
        return new Db(dataSource);
    }
}
