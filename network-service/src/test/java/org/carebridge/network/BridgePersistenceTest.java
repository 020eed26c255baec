package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.escalation.BridgeWatch;
import org.carebridge.network.support.LiveStreamTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bridge does not let go: an unclaimed escalation re-notifies after the configured time (24 h), a claimed one
 * left without a step re-notifies its owner (3 days), an open one
 * past its due date climbs once to the region's lead coordinator, who may then give it to another coordinator of
 * the region (users made in Keycloak on the fly, in a region nobody used). Time is the test's clock, moved by days.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class BridgePersistenceTest extends LiveStreamTest {


    @Inject
    BridgeWatch watch;

    @Test
    void anUnclaimedEscalationReNotifiesEvery24HoursUntilClaimed() {
        Escalated event = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        String id = event.escalationId().toString();

        clock.advance(Duration.ofHours(23));
        watch.sweep();
        as("bruno").get("/api/network/escalations/{id}", id).then().body("persistence.renotifications", equalTo(0));

        clock.advance(Duration.ofHours(2));
        watch.sweep();
        watch.sweep(); // a second pass at the same moment adds nothing
        as("bruno").get("/api/network/escalations/{id}", id).then()
                .body("persistence.renotifications", equalTo(1))
                .body("steps.step", contains("RENOTIFIED"))
                .body("steps[0].actor", equalTo("network-service"));

        clock.advance(Duration.ofHours(24));
        watch.sweep();
        as("bruno").get("/api/network/escalations/{id}", id).then().body("persistence.renotifications", equalTo(2));

        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
        clock.advance(Duration.ofHours(48));
        watch.sweep();
        as("bruno").get("/api/network/escalations/{id}", id).then()
                .body("persistence.renotifications", equalTo(2))
                .body("steps.step", contains("RENOTIFIED", "RENOTIFIED", "CLAIMED"));
        assertEquals(2, db().count("select count(*) from audit_entry where object_id = ? and action = 'RENOTIFY'", id));
    }

    @Test
    void aClaimedEscalationLeftWithoutAStepReNotifiesItsOwnerOncePerQuietSpell() throws Exception {
        Escalated event = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        String id = event.escalationId().toString();
        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
        String later = LocalDate.now(clock).plusDays(20).toString(); // so it does not climb meanwhile
        as("bruno").contentType(ContentType.JSON).body(Map.of("dueDate", later, "reason", "board meets late"))
                .put("/api/network/escalations/{id}/due-date", id).then().statusCode(200);

        clock.advance(Duration.ofDays(3).minusHours(1)); // carebridge.bridge.stale-claimed-after: P3D
        watch.sweep();
        as("bruno").get("/api/network/escalations/{id}", id).then().body("persistence.renotifications", equalTo(0));

        try (SseStream news = connected("bruno")) {
            clock.advance(Duration.ofHours(2));
            watch.sweep();
            watch.sweep(); // a second pass at the same moment adds nothing
            SseStream.Event told = news.await(e -> "RENOTIFIED".equals(e.name()) && e.data().contains(id), PATIENCE);
            assertTrue(told.data().contains("\"recipient\":\"bruno\""), told.data());
        }
        as("bruno").get("/api/network/escalations/{id}", id).then()
                .body("persistence.renotifications", equalTo(1))
                .body("steps.step", contains("CLAIMED", "DUE_DATE_SET", "RENOTIFIED"))
                .body("steps[2].actor", equalTo("network-service"));

        clock.advance(Duration.ofDays(1)); // the re-notification began a new spell
        watch.sweep();
        as("bruno").contentType(ContentType.JSON).body(Map.of("text", "called the housing office"))
                .post("/api/network/escalations/{id}/notes", id).then().statusCode(201);
        clock.advance(Duration.ofDays(3).minusHours(1)); // the note restarted the clock
        watch.sweep();
        as("bruno").get("/api/network/escalations/{id}", id).then().body("persistence.renotifications", equalTo(1));

        clock.advance(Duration.ofHours(2));
        watch.sweep();
        as("bruno").get("/api/network/escalations/{id}", id).then()
                .body("persistence.renotifications", equalTo(2))
                .body("steps.step", contains("CLAIMED", "DUE_DATE_SET", "RENOTIFIED", "NOTE_ADDED", "RENOTIFIED"));
        assertEquals(2, db().count("select count(*) from audit_entry where object_id = ? and action = 'RENOTIFY'", id));
    }

    @Test
    void anEscalationNotResolvedByItsDueDateClimbsOnceToTheRegionsLeadCoordinator() {
        as("nils").contentType(ContentType.JSON).body(Map.of("username", "bruno"))
                .put("/api/network/regions/north/lead").then().statusCode(200).body("username", equalTo("bruno"));
        Escalated event = Bridge.arrived(db(), NetworkEvents.escalated("north")); // HIGH: due in 5 days
        String id = event.escalationId().toString();
        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
        Escalated resolved = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        as("bruno").post("/api/network/escalations/{id}/claim", resolved.escalationId()).then().statusCode(200);
        as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "PARTLY_UNBLOCKED", "advice", "a"))
                .post("/api/network/escalations/{id}/resolution", resolved.escalationId()).then().statusCode(200);

        clock.advance(Duration.ofDays(5)); // the due date itself: not yet overdue
        watch.sweep();
        as("bruno").get("/api/network/escalations/{id}", id).then()
                .body("overdue", equalTo(false)).body("persistence.climbedAt", nullValue());

        clock.advance(Duration.ofDays(1));
        watch.sweep();
        watch.sweep();
        as("bruno").get("/api/network/escalations/{id}", id).then()
                .body("overdue", equalTo(true))
                .body("persistence.climbedAt", notNullValue())
                .body("persistence.climbedTo", equalTo("bruno"))
                .body("steps.step", contains("CLAIMED", "RENOTIFIED", "CLIMBED")); // its owner heard first, at day 5
        as("bruno").get("/api/network/escalations/{id}", resolved.escalationId()).then()
                .body("overdue", equalTo(false)).body("persistence.climbedAt", nullValue());
        assertEquals(1, db().count("select count(*) from audit_entry where object_id = ? and action = 'CLIMB'", id));
    }

    @Test
    void withoutALeadCoordinatorTheClimbIsStillRecorded() {
        Escalated event = Bridge.arrived(db(), NetworkEvents.escalated("east-" + System.nanoTime() % 1000));
        clock.advance(Duration.ofDays(6));
        watch.sweep();
        assertEquals(1, db().count("select count(*) from escalation where id = ? and climbed_at is not null "
                + "and climbed_to is null", event.escalationId()));
    }

    @Test
    void theLeadReassignsAClimbedEscalationToACoordinatorOfTheRegion() throws Exception {
        String region = KeycloakDirectory.freshRegion();
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        User lead = directory.create("bridge-coordinator", region);
        User owner = directory.create("bridge-coordinator", region);
        User colleague = directory.create("bridge-coordinator", region);
        User elsewhere = directory.create("bridge-coordinator", KeycloakDirectory.freshRegion());
        User caseWorker = directory.create("case-worker", region);
        as("nils").contentType(ContentType.JSON).body(Map.of("username", lead.username()))
                .put("/api/network/regions/{region}/lead", region).then().statusCode(200);
        Escalated event = Bridge.arrived(db(), NetworkEvents.escalated(region)); // due in 5 days
        String id = event.escalationId().toString();
        as(owner.username()).post("/api/network/escalations/{id}/claim", id).then().statusCode(200);

        reassign(lead, id, colleague.username(), "owner is away").then().statusCode(409)
                .contentType("application/problem+json");

        clock.advance(Duration.ofDays(4)); // quiet since the claim: its owner is re-notified first
        watch.sweep();
        clock.advance(Duration.ofDays(2)); // overdue: it climbs (and is not quiet long enough to re-notify again)
        watch.sweep();
        for (User refused : new User[]{owner, colleague}) {
            reassign(refused, id, refused.username(), "mine now").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        reassign(elsewhere, id, elsewhere.username(), "mine now").then().statusCode(404);
        reassign(caseWorker, id, caseWorker.username(), "mine now").then().statusCode(403);
        for (String stranger : new String[]{elsewhere.username(), caseWorker.username(), "phantom-x1"}) {
            reassign(lead, id, stranger, "owner is away").then().statusCode(400)
                    .body("errors.field", hasItem("owner"));
        }
        reassign(lead, id, colleague.username(), "").then().statusCode(400).body("errors.field", hasItem("reason"));
        reassign(lead, id, colleague.username(), "x".repeat(501)).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(lead.username()).contentType(ContentType.JSON).body(Map.of("reason", "owner is away"))
                .post("/api/network/escalations/{id}/reassignment", id).then().statusCode(400)
                .body("errors.field", hasItem("owner"));

        try (SseStream news = connected(colleague.username())) {
            reassign(lead, id, colleague.username(), "owner is away").then().statusCode(200)
                    .body("owner", equalTo(colleague.username()))
                    .body("status", equalTo("CLAIMED"))
                    .body("steps.step", contains("CLAIMED", "RENOTIFIED", "CLIMBED", "REASSIGNED"))
                    .body("steps[3].actor", equalTo(lead.username()))
                    .body("notes.text", contains("owner is away"));
            SseStream.Event told = news.await(e -> "REASSIGNED".equals(e.name()) && e.data().contains(id), PATIENCE);
            assertTrue(told.data().contains("\"recipient\":\"" + colleague.username() + "\""), told.data());
        }
        reassign(lead, id, colleague.username(), "owner is away").then().statusCode(200); // a retry: no second step
        as(colleague.username()).get("/api/network/escalations/{id}", id).then()
                .body("steps.step", contains("CLAIMED", "RENOTIFIED", "CLIMBED", "REASSIGNED"));
        assertEquals(1, db().count(
                "select count(*) from audit_entry where object_id = ? and action = 'REASSIGN'", id));

        // the new owner acts; the former one no longer may
        as(owner.username()).contentType(ContentType.JSON).body(Map.of("outcome", "UNBLOCKED", "advice", "a"))
                .post("/api/network/escalations/{id}/resolution", id).then().statusCode(403);
        as(colleague.username()).contentType(ContentType.JSON).body(Map.of("outcome", "UNBLOCKED", "advice", "a"))
                .post("/api/network/escalations/{id}/resolution", id).then().statusCode(200);
        reassign(lead, id, owner.username(), "back to the owner").then().statusCode(409);
    }

    private static Response reassign(User by, String id, String owner, String reason) {
        RequestSpecification request = as(by.username()).contentType(ContentType.JSON)
                .body(Map.of("owner", owner, "reason", reason));
        return request.post("/api/network/escalations/{id}/reassignment", id);
    }
}
