package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.escalation.BridgeWatch;
import org.carebridge.network.support.LiveStreamTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bridge coordinator's live stream: new escalations, alerts, re-notifications and climbs of their region arrive
 * the moment they are committed; another region's never do; other roles get no stream.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class NotificationStreamTest extends LiveStreamTest {


    @Inject
    BridgeWatch watch;

    @Test
    void aCoordinatorHearsOfEverythingInTheirRegionAndNothingElse() throws Exception {
        try (SseStream bruno = connected("bruno");
             SseStream sofie = connected("sofie")) {
            assertEquals(200, bruno.status());

            Escalated north = NetworkEvents.escalated("north");
            TestEvents.publish(StackSupport.kafka(), "case.escalations", north.caseId().toString(), north.json());
            SseStream.Event news = bruno.await(e -> e.data().contains(north.escalationId().toString()), PATIENCE);
            assertEquals("NEW_ESCALATION", news.name());
            assertTrue(news.data().contains("\"region\":\"north\""), news.data());
            assertFalse(news.data().contains(north.whatWasTried()), "the team's text stays out of the stream");

            UUID caseId = UUID.randomUUID();
            var alert = NetworkEvents.alert(caseId, "north", "NO_LEAD", null);
            TestEvents.publish(StackSupport.kafka(), "case.alerts", caseId.toString(),
                    NetworkEvents.caseEvent("case.alert-raised.v1", caseId, alert));
            assertEquals("ALERT", bruno.await(e -> e.data().contains(alert.get("alertId").asText()), PATIENCE).name());

            // south's marker arrives after north's news: by then sofie would have had the north ones
            Escalated south = NetworkEvents.escalated("south");
            TestEvents.publish(StackSupport.kafka(), "case.escalations", south.caseId().toString(), south.json());
            sofie.await(e -> e.data().contains(south.escalationId().toString()), PATIENCE);
            assertTrue(sofie.seen().stream().noneMatch(e -> e.data().contains(north.escalationId().toString())
                    || e.data().contains(caseId.toString())), sofie.seen().toString());
        }
    }

    @Test
    void reNotificationsAndClimbsAreLive() throws Exception {
        as("nils").contentType(ContentType.JSON).body(Map.of("username", "bruno"))
                .put("/api/network/regions/north/lead").then().statusCode(200);
        Escalated unclaimed = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        try (SseStream bruno = connected("bruno")) {
            clock.advance(Duration.ofHours(25));
            watch.sweep();
            String id = unclaimed.escalationId().toString();
            bruno.await(e -> "RENOTIFIED".equals(e.name()) && e.data().contains(id), PATIENCE);
            clock.advance(Duration.ofDays(6));
            watch.sweep();
            SseStream.Event climb = bruno.await(e -> "CLIMBED".equals(e.name()) && e.data().contains(id), PATIENCE);
            assertTrue(climb.data().contains("\"recipient\":\"bruno\""), climb.data());
        }
    }

    @Test
    void otherRolesGetNoStream() throws Exception {
        // a case worker has a stream of her own (TeamNotificationTest)
        for (String user : new String[]{"ada", "nils", "otto"}) {
            try (SseStream refused = SseStream.open(stream, user)) {
                assertEquals(403, refused.status(), user);
            }
        }
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return StackSupport.as(user);
    }
}
