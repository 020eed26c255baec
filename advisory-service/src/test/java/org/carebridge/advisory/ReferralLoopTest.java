package org.carebridge.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.awaitility.Awaitility.await;
import static org.carebridge.advisory.AdvisoryEvents.arrived;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.carebridge.stack.testing.StackSupport.recordsOn;

/**
 * The advisory side of the loop against real Kafka, PostgreSQL and Keycloak: a referral arrives, the advisory
 * group of its region sees it, gives advice once, and exactly one advice event flows back down.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class ReferralLoopTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aReferralReachesTheAdvisoryGroupOfItsRegion() {
        Referred event = arrived(AdvisoryEvents.referred("north"));

        as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200)
                .body("id", equalTo(event.referralId().toString()))
                .body("escalationId", equalTo(event.escalationId().toString()))
                .body("pseudonym", equalTo(event.pseudonym()))
                .body("region", equalTo("north"))
                .body("ageBand", equalTo("16-17"))
                .body("domains", equalTo(List.of("SCHOOL", "WELLBEING")))
                .body("intensity", equalTo("INTENSIVE"))
                .body("barrier", equalTo("SCHOOL_ACCESS"))
                .body("urgency", equalTo("HIGH"))
                .body("triedMeasures", equalTo(List.of("TEAM_MEETING", "LANGUAGE_SUPPORT")))
                .body("bridgeSteps.step", equalTo(List.of("CLAIMED", "CONSULTATION_CONVENED")))
                .body("bridgeSteps.at", equalTo(List.of("2026-11-23T11:00:00Z", "2026-11-23T14:30:00Z")))
                .body("question", equalTo(event.question()))
                .body("referredBy", equalTo("bruno"))
                .body("referredAt", equalTo("2026-11-24T09:02:11Z"))
                .body("status", equalTo("OPEN"))
                .body("advice", nullValue());
        as("ada").queryParam("status", "OPEN").queryParam("size", 100).get("/api/advisory/referrals")
                .then().statusCode(200).body("items.id", hasItem(event.referralId().toString()));
    }

    @Test
    void aReferralFromBeforeBridgeStepsHasAnEmptyTimeline() {
        Referred event = AdvisoryEvents.referred("north");
        var data = event.data();
        data.remove("bridgeSteps");
        TestEvents.publish(StackSupport.kafka(), "network.referrals", event.pseudonym(), event.json(data));
        await().atMost(PATIENCE).until(() -> Db.ofService().count("select count(*) from referral where id = ?", event.referralId()) == 1);
        as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200)
                .body("bridgeSteps", equalTo(List.of())).body("status", equalTo("OPEN"));
    }

    /** The bridge's steps are its own vocabulary: one we never heard of is kept and shown as sent. */
    @Test
    void aStepTheBridgeAddedLaterIsKeptAndShown() {
        Referred event = AdvisoryEvents.referred("north");
        var data = event.data();
        ((ArrayNode) data.get("bridgeSteps")).addObject()
                .put("step", "REASSIGNED").put("at", "2026-11-23T16:00:00Z");
        AdvisoryEvents.arrived(event, data);
        as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200)
                .body("bridgeSteps.step", equalTo(List.of("CLAIMED", "CONSULTATION_CONVENED", "REASSIGNED")));
    }

    @Test
    void aDateInTheQuestionIsRemovedOnIntake() {
        Referred sent = AdvisoryEvents.referred("north");
        Referred event = arrived(new Referred(sent.eventId(), sent.referralId(), sent.escalationId(), "north",
                sent.pseudonym(), "Born 14. marts 2009 (or 2009-03-14): which school takes her? " + sent.referralId()));
        as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200)
                .body("question", equalTo("Born [removed] (or [removed]): which school takes her? " + sent.referralId()));
        assertEquals(List.of(), Db.ofService().columnsContaining("2009-03-14"));
        assertEquals(List.of(), Db.ofService().columnsContaining("14. marts 2009"));
    }

    @Test
    void aReferralOfAnotherRegionDoesNotExistForAda() {
        Referred south = arrived(AdvisoryEvents.referred("south"));
        as("ada").get("/api/advisory/referrals/{id}", south.referralId()).then().statusCode(404)
                .contentType("application/problem+json");
        as("ada").contentType(ContentType.JSON).body(Map.of("advice", "x"))
                .post("/api/advisory/referrals/{id}/advice", south.referralId()).then().statusCode(404);
        assertFalse(everyIdOnTheTableOf("ada").contains(south.referralId().toString()));
        assertEquals(0, Db.ofService().count("select count(*) from advice where referral_id = ?", south.referralId()));
    }

    @Test
    void theSameReferralDeliveredThriceIsStoredOnce() {
        Referred event = AdvisoryEvents.referred("north");
        Referred marker = AdvisoryEvents.referred("north");
        // same key, so the same partition: once the marker is in, every copy before it has been consumed
        TestEvents.publish(StackSupport.kafka(), "network.referrals", event.pseudonym(),
                event.json(), event.json(), event.resentAsNewEvent().json(), marker.json());
        await().atMost(PATIENCE).until(() -> Db.ofService().count("select count(*) from referral where id = ?", marker.referralId()) == 1);
        assertEquals(1, Db.ofService().count("select count(*) from referral where id = ?", event.referralId()));
        assertEquals(1, Db.ofService().count("select count(*) from inbox_event where event_id = ?", event.eventId()));
    }

    @Test
    void adviceIsGivenOnceAndFlowsDownAsExactlyOneEvent() throws Exception {
        Referred event = arrived(AdvisoryEvents.referred("north"));
        String text = "Ask the regional reception school for a mid-year place and a language buddy.";
        try (ConsumerTask<String, String> advice = StackSupport.kafka().consumeStrings().fromTopics("advisory.advice",
                m -> m.select().where(r -> r.value().contains(event.referralId().toString())))) {

            String adviceId = as("ada").contentType(ContentType.JSON).body(Map.of("advice", text))
                    .post("/api/advisory/referrals/{id}/advice", event.referralId())
                    .then().statusCode(201)
                    .body("status", equalTo("ADVISED"))
                    .body("advice.text", equalTo(text))
                    .body("advice.givenBy", equalTo("ada"))
                    .extract().path("advice.id");
            as("ada").contentType(ContentType.JSON).body(Map.of("advice", "second thoughts"))
                    .post("/api/advisory/referrals/{id}/advice", event.referralId())
                    .then().statusCode(409).contentType("application/problem+json");

            advice.awaitRecords(1, PATIENCE);
            // a relay never sends a row again once it is marked published: from then on the topic's count is final
            await().atMost(PATIENCE).until(() -> Db.ofService().count("select count(*) from outbox_event "
                    + "where published_at is null and event_key = ?", event.pseudonym()) == 0);
            assertEquals(1, recordsOn("advisory.advice", r -> r.value().contains(event.referralId().toString())).size(),
                    "exactly one advice event on the topic");

            ConsumerRecord<String, String> record = advice.getFirstRecord();
            assertEquals(event.pseudonym(), record.key());
            assertEquals("advisory.advice-given.v1",
                    new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
            JsonNode envelope = AdvisoryEvents.JSON.readTree(record.value());
            assertEquals("advisory.advice-given.v1", envelope.get("type").asText());
            assertEquals("carebridge/advisory-service", envelope.get("source").asText());
            assertEquals(event.referralId().toString(), envelope.get("subject").asText());
            JsonNode data = envelope.get("data");
            assertEquals(Set.of("adviceId", "referralId", "escalationId", "pseudonym", "advice", "givenBy", "givenAt"),
                    fieldNames(data));
            assertEquals(adviceId, data.get("adviceId").asText());
            assertEquals(event.referralId().toString(), data.get("referralId").asText());
            assertEquals(event.escalationId().toString(), data.get("escalationId").asText());
            assertEquals(event.pseudonym(), data.get("pseudonym").asText());
            assertEquals(text, data.get("advice").asText());
            assertEquals("ada", data.get("givenBy").asText());
        }
        as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200)
                .body("status", equalTo("ADVISED")).body("advice.text", equalTo(text));
        as("ada").queryParam("status", "ADVISED").queryParam("size", 100).get("/api/advisory/referrals")
                .then().statusCode(200).body("items.id", hasItem(event.referralId().toString()));
        assertEquals(1, Db.ofService().count("select count(*) from advice where referral_id = ?", event.referralId()));
    }

    @Test
    void everyReadAndChangeIsAudited() {
        Referred event = arrived(AdvisoryEvents.referred("north"));
        as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200);
        as("ada").contentType(ContentType.JSON).body(Map.of("advice", "Try the job coach of the reception class."))
                .post("/api/advisory/referrals/{id}/advice", event.referralId()).then().statusCode(201);

        List<String> trail = Db.ofService().strings("""
                select action || case when actor = '' then '' else ' by ' || actor end from audit_entry
                where object_type = 'referral' and object_id = ? order by at""", event.referralId().toString());
        assertTrue(trail.stream().anyMatch(line -> line.startsWith("RECEIVE")), trail.toString());
        assertTrue(trail.contains("READ by ada"), trail.toString());
        assertTrue(trail.contains("ADVISE by ada"), trail.toString());
        assertEquals(0, Db.ofService().count("select count(*) from audit_entry where case_id is not null"),
                "advisory-service never knows a case id");
    }

    private List<String> everyIdOnTheTableOf(String user) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = as(user).queryParam("page", page).queryParam("size", 100)
                    .get("/api/advisory/referrals").then().statusCode(200).extract().path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
