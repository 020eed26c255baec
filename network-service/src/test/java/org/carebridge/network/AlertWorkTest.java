package org.carebridge.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.carebridge.network.support.TimeMovingTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.network.NetworkEvents.caseEvent;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.carebridge.stack.testing.StackSupport.refusedNaming;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A coordinator of the alert's region acknowledges it (once; a colleague after them is told 409) and gives it to a
 * coordinator of the region to follow up; another region's coordinator learns nothing of it (404). Users and the
 * region are made in Keycloak for the test, so nobody else's alerts or cached directory answers interfere.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class AlertWorkTest extends TimeMovingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private User olga;
    private User colin;
    private User elsewhere;
    private User caseWorker;
    private String alertId;

    @BeforeEach
    void anAlertInAFreshRegion() {
        String region = KeycloakDirectory.freshRegion();
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        olga = directory.create("bridge-coordinator", region);
        colin = directory.create("bridge-coordinator", region);
        elsewhere = directory.create("bridge-coordinator", KeycloakDirectory.freshRegion());
        caseWorker = directory.create("case-worker", region);
        UUID caseId = UUID.randomUUID();
        ObjectNode data = NetworkEvents.alert(caseId, region, "INACTIVITY", null);
        alertId = data.get("alertId").asText();
        TestEvents.publish(StackSupport.kafka(), "case.alerts", caseId.toString(),
                caseEvent("case.alert-raised.v1", caseId, data));
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from alert where id = ?",
                UUID.fromString(alertId)) == 1);
    }

    @Test
    void aCoordinatorOfTheRegionAcknowledgesAnAlertOnce() {
        as(olga.username()).get("/api/network/alerts").then().statusCode(200)
                .body(item() + ".acknowledgedBy", nullValue()).body(item() + ".assignee", nullValue());
        listed(olga, "open").then().body("items.id", hasItem(alertId));
        listed(olga, "acknowledged").then().body("items.id", not(hasItem(alertId)));

        acknowledge(olga).then().statusCode(200).body("id", equalTo(alertId))
                .body("acknowledgedBy", equalTo(olga.username())).body("acknowledgedAt", notNullValue());
        String at = acknowledge(olga).then().statusCode(200) // a retried request: nothing moves
                .body("acknowledgedBy", equalTo(olga.username())).extract().path("acknowledgedAt");
        acknowledge(colin).then().statusCode(409).contentType("application/problem+json");

        as(colin.username()).get("/api/network/alerts").then().statusCode(200)
                .body(item() + ".acknowledgedBy", equalTo(olga.username()))
                .body(item() + ".acknowledgedAt", equalTo(at));
        listed(colin, "acknowledged").then().body("items.id", hasItem(alertId));
        listed(colin, "OPEN").then().body("items.id", not(hasItem(alertId)));
        assertEquals(1, audited("ACKNOWLEDGE"));
    }

    @Test
    void anAlertIsGivenToACoordinatorOfItsRegionOnly() {
        String phantom = "phantom-" + UUID.randomUUID().toString().substring(0, 8);
        for (String stranger : List.of(elsewhere.username(), caseWorker.username(), phantom)) {
            refusedNaming("assignee", assign(olga, stranger));
        }
        refusedNaming("assignee", assign(olga, "Colin Peeters"));
        refusedNaming("assignee", as(olga.username()).contentType(ContentType.JSON).body("{}")
                .post("/api/network/alerts/{id}/assignment", alertId));

        assign(olga, colin.username()).then().statusCode(200)
                .body("assignee", equalTo(colin.username())).body("acknowledgedBy", nullValue());
        assign(olga, colin.username()).then().statusCode(200); // a retried request: no second assignment
        assertEquals(1, audited("ASSIGN"));
        assign(colin, olga.username()).then().statusCode(200).body("assignee", equalTo(olga.username()));
        as(colin.username()).get("/api/network/alerts").then().body(item() + ".assignee", equalTo(olga.username()));
        assertEquals(2, audited("ASSIGN"));
        assertEquals(1, db().count("select count(*) from audit_entry where object_id = ? and action = 'ASSIGN' "
                + "and actor = ? and reason = ?", alertId, colin.username(), "from " + colin.username() + " to "
                + olga.username()));
    }

    @Test
    void anotherRegionsCoordinatorLearnsNothingAndOtherRolesAreRefused() {
        acknowledge(elsewhere).then().statusCode(404).contentType("application/problem+json");
        assign(elsewhere, elsewhere.username()).then().statusCode(404);
        as(elsewhere.username()).get("/api/network/alerts").then().statusCode(200).body("items.id", not(hasItem(alertId)));
        acknowledge(caseWorker).then().statusCode(403);
        assign(caseWorker, olga.username()).then().statusCode(403);
        for (String other : new String[]{"anna", "ada", "nils", "otto"}) {
            as(other).post("/api/network/alerts/{id}/acknowledgement", alertId).then().statusCode(403);
        }
        as(olga.username()).get("/api/network/alerts").then()
                .body(item() + ".acknowledgedBy", nullValue()).body(item() + ".assignee", nullValue());
        as(olga.username()).post("/api/network/alerts/{id}/acknowledgement", UUID.randomUUID()).then().statusCode(404);
        assertEquals(0, audited("ACKNOWLEDGE") + audited("ASSIGN"));
    }

    @Test
    void badInputIsNamed() {
        refusedNaming("id", as(olga.username()).post("/api/network/alerts/{id}/acknowledgement", "not-an-id"));
        refusedNaming("id", as(olga.username()).contentType(ContentType.JSON)
                .body(Map.of("assignee", colin.username())).post("/api/network/alerts/{id}/assignment", "1-2-3-4-5"));
        refusedNaming("state", as(olga.username()).queryParam("state", "closed").get("/api/network/alerts"));
    }

    private String item() {
        return "items.find { it.id == '" + alertId + "' }";
    }

    private Response listed(User by, String state) {
        return as(by.username()).queryParam("state", state).queryParam("size", 100).get("/api/network/alerts");
    }

    private Response acknowledge(User by) {
        return as(by.username()).post("/api/network/alerts/{id}/acknowledgement", alertId);
    }

    private Response assign(User by, String assignee) {
        return as(by.username()).contentType(ContentType.JSON).body(Map.of("assignee", assignee))
                .post("/api/network/alerts/{id}/assignment", alertId);
    }

    private long audited(String action) {
        return db().count("select count(*) from audit_entry where object_id = ? and action = ?", alertId, action);
    }
}
