package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.escalation.BridgeWatch;
import org.carebridge.network.support.TimeMovingTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bridge does not let go: an unclaimed escalation re-notifies after the configured time (24 h), an open one
 * past its due date climbs once to the region's lead coordinator. Time is the test's clock, moved by days.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class BridgePersistenceTest extends TimeMovingTest {

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
                .body("steps.step", contains("CLAIMED", "CLIMBED"));
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
}
