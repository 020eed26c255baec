package org.carebridge.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.carebridge.stack.testing.StackSupport.recordsOn;

/**
 * The thin loop through network-service against real Kafka, PostgreSQL and Keycloak: an escalation arrives,
 * the bridge of its region (and only that region) sees it, claims it, refers it upward as a digest, and the
 * advice comes back.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class EscalationLoopTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Test
    void escalationReachesTheBridgeOfItsRegionOnly() throws Exception {
        Escalated event = NetworkEvents.escalated("north");
        // forward compatibility: a CloudEvents extension attribute and a data field we do not know yet are fine
        ObjectNode data = event.data();
        data.put("addedByALaterCaseService", "ignored");
        ObjectNode envelope = (ObjectNode) NetworkEvents.JSON.readTree(NetworkEvents.envelope(event.eventId(),
                "carebridge/case-service", "case.escalated.v1", event.caseId().toString(), data));
        envelope.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        TestEvents.publish(StackSupport.kafka(), "case.escalations", event.caseId().toString(), envelope.toString());

        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get("/api/network/escalations/{id}", event.escalationId())
                .then().statusCode(200));
        as("bruno").get("/api/network/escalations/{id}", event.escalationId())
                .then().statusCode(200)
                .body("id", equalTo(event.escalationId().toString()))
                .body("caseId", equalTo(event.caseId().toString()))
                .body("region", equalTo("north"))
                .body("pseudonym", equalTo(event.pseudonym()))
                .body("ageBand", equalTo("16-17"))
                .body("domains", equalTo(List.of("SCHOOL")))
                .body("intensity", equalTo("INTENSIVE"))
                .body("barrier", equalTo("SCHOOL_ACCESS"))
                .body("urgency", equalTo("HIGH"))
                .body("whatWasTried", equalTo(event.whatWasTried()))
                .body("triedMeasures", equalTo(List.of("TEAM_MEETING")))
                .body("raisedBy", equalTo("anna"))
                .body("raisedAt", equalTo("2026-11-23T10:15:30Z"))
                .body("status", equalTo("NEW"))
                .body("owner", nullValue());
        as("bruno").queryParam("size", 100).get("/api/network/escalations")
                .then().statusCode(200).body("items.id", hasItem(event.escalationId().toString()));
        as("bruno").queryParam("status", "NEW").queryParam("size", 100).get("/api/network/escalations")
                .then().statusCode(200).body("items.id", hasItem(event.escalationId().toString()));

        // south's coordinator can neither read it nor find it in her inbox: to her it does not exist
        as("sofie").get("/api/network/escalations/{id}", event.escalationId())
                .then().statusCode(404).contentType("application/problem+json");
        as("sofie").post("/api/network/escalations/{id}/claim", event.escalationId()).then().statusCode(404);
        List<String> sofiesInbox = everyIdInTheInboxOf("sofie");
        assertFalse(sofiesInbox.contains(event.escalationId().toString()));
    }

    @Test
    void theSameEscalationDeliveredThriceIsStoredOnce() {
        Escalated event = NetworkEvents.escalated("north");
        Escalated marker = NetworkEvents.escalated("north");
        // same key, so the same partition: once the marker is in, every copy before it has been consumed
        TestEvents.publish(StackSupport.kafka(), "case.escalations", event.caseId().toString(),
                event.json(), event.json(), event.resentAsNewEvent().json(),
                NetworkEvents.envelope(UUID.randomUUID().toString(), "carebridge/case-service", "case.escalated.v1",
                        marker.caseId().toString(), marker.data()));

        await().atMost(PATIENCE).until(() -> count("select count(*) from escalation where id = ?", marker.escalationId()) == 1);
        assertEquals(1, count("select count(*) from escalation where id = ?", event.escalationId()));
        assertEquals(1, count("select count(*) from inbox_event where event_id = ?", event.eventId()));
        as("bruno").get("/api/network/escalations/{id}", event.escalationId()).then().statusCode(200)
                .body("status", equalTo("NEW"));
    }

    @Test
    void claimThenReferPublishesExactlyOnePseudonymisedDigest() throws Exception {
        Escalated event = arrived(NetworkEvents.escalated("north"));
        KafkaCompanion kafka = StackSupport.kafka();
        try (ConsumerTask<String, String> referrals = kafka.consumeStrings().fromTopics("network.referrals",
                m -> m.select().where(r -> r.value().contains(event.escalationId().toString())))) {

            as("bruno").post("/api/network/escalations/{id}/claim", event.escalationId())
                    .then().statusCode(200).body("status", equalTo("CLAIMED")).body("owner", equalTo("bruno"));
            String referralId = as("bruno").contentType(ContentType.JSON)
                    .body(Map.of("question", "Which school can take a 16-year-old mid-year with a language gap?"))
                    .post("/api/network/escalations/{id}/referral", event.escalationId())
                    .then().statusCode(201)
                    .body("status", equalTo("REFERRED"))
                    .body("referral.question", equalTo("Which school can take a 16-year-old mid-year with a language gap?"))
                    .body("referral.referredBy", equalTo("bruno"))
                    .extract().path("referral.id");

            referrals.awaitRecords(1, PATIENCE);
            // a relay never sends a row again once it is marked published: from then on the topic's count is final
            await().atMost(PATIENCE).until(() -> count("select count(*) from outbox_event where published_at is null "
                    + "and envelope like ?", "%" + referralId + "%") == 0);
            assertEquals(1, recordsOn("network.referrals", r -> r.value().contains(event.escalationId().toString())).size(),
                    "exactly one referral event on the topic");
            assertEquals(1, count("select count(*) from outbox_event where event_type = 'network.referred-to-advisory.v1' "
                    + "and envelope like ?", "%" + referralId + "%"));

            ConsumerRecord<String, String> record = referrals.getFirstRecord();
            assertEquals(event.pseudonym(), record.key(), "keyed by pseudonym, never by case id");
            assertEquals("network.referred-to-advisory.v1",
                    new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
            JsonNode envelope = NetworkEvents.JSON.readTree(record.value());
            assertEquals("network.referred-to-advisory.v1", envelope.get("type").asText());
            assertEquals("carebridge/network-service", envelope.get("source").asText());
            assertEquals(referralId, envelope.get("subject").asText());
            JsonNode data = envelope.get("data");
            assertEquals(Set.of("referralId", "escalationId", "pseudonym", "region", "ageBand", "domains", "intensity",
                    "barrier", "urgency", "triedMeasures", "question", "referredBy", "referredAt", "bridgeSteps"),
                    fieldNames(data));
            assertEquals("[{\"step\":\"CLAIMED\",\"at\":\"" + data.get("bridgeSteps").get(0).get("at").asText()
                    + "\"}]", data.get("bridgeSteps").toString(), "what the bridge did: the claim, and nothing else");
            assertEquals(referralId, data.get("referralId").asText());
            assertEquals(event.escalationId().toString(), data.get("escalationId").asText());
            assertEquals(event.pseudonym(), data.get("pseudonym").asText());
            assertEquals("north", data.get("region").asText());
            assertEquals("16-17", data.get("ageBand").asText());
            assertEquals("SCHOOL", data.get("domains").get(0).asText());
            assertEquals("SCHOOL_ACCESS", data.get("barrier").asText());
            assertEquals("TEAM_MEETING", data.get("triedMeasures").get(0).asText());
            assertEquals("bruno", data.get("referredBy").asText());
            // nothing of the case team travels upward: not as a field, not as a value anywhere in the record
            assertFalse(record.value().contains(event.caseId().toString()), "case id leaked");
            assertFalse(record.value().contains(event.whatWasTried()), "team's free text leaked");
            assertFalse(record.value().contains("caseId") || record.value().contains("whatWasTried")
                    || record.value().contains("raisedBy") || record.value().contains("anna"), "case fields leaked");
        }
        as("bruno").get("/api/network/escalations/{id}", event.escalationId()).then().statusCode(200)
                .body("status", equalTo("REFERRED")).body("referral.advice", nullValue());
    }

    @Test
    void adviceFromTheAdvisoryGroupComesBackToTheEscalation() {
        Escalated event = arrived(NetworkEvents.escalated("north"));
        String referralId = claimAndRefer(event);

        String adviceText = "Ask the regional reception school for a mid-year place; " + UUID.randomUUID();
        var advice = NetworkEvents.advice(UUID.fromString(referralId), event.escalationId(), event.pseudonym(), adviceText);
        String adviceEvent = NetworkEvents.envelope(UUID.randomUUID().toString(), "carebridge/advisory-service",
                "advisory.advice-given.v1", referralId, advice);
        TestEvents.publish(StackSupport.kafka(), "advisory.advice", event.pseudonym(), adviceEvent, adviceEvent);

        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get("/api/network/escalations/{id}", event.escalationId())
                .then().statusCode(200).body("status", equalTo("ADVISED")));
        as("bruno").get("/api/network/escalations/{id}", event.escalationId()).then().statusCode(200)
                .body("referral.id", equalTo(referralId))
                .body("referral.advice.id", equalTo(advice.get("adviceId").asText()))
                .body("referral.advice.text", equalTo(adviceText))
                .body("referral.advice.givenBy", equalTo("ada"))
                .body("referral.advice.givenAt", equalTo("2026-11-25T14:40:00Z"));
        as("bruno").queryParam("status", "ADVISED").queryParam("size", 100).get("/api/network/escalations")
                .then().statusCode(200).body("items.id", hasItem(event.escalationId().toString()));
    }

    @Test
    void onlyTheOwnerMayReferAndOnlyOnce() {
        Escalated event = arrived(NetworkEvents.escalated("north"));
        String question = "{\"question\":\"What helps here?\"}";

        as("bruno").contentType(ContentType.JSON).body(question)
                .post("/api/network/escalations/{id}/referral", event.escalationId())
                .then().statusCode(409).contentType("application/problem+json");

        // a colleague of the same region claimed it (no second north coordinator in the demo realm: set the row)
        assertEquals(1, db().update(
                "update escalation set status = 'CLAIMED', owner = 'colleague', claimed_at = now() where id = ?",
                event.escalationId()));
        as("bruno").post("/api/network/escalations/{id}/claim", event.escalationId())
                .then().statusCode(409).contentType("application/problem+json");
        as("bruno").contentType(ContentType.JSON).body(question)
                .post("/api/network/escalations/{id}/referral", event.escalationId())
                .then().statusCode(403).contentType("application/problem+json");
        as("bruno").get("/api/network/escalations/{id}", event.escalationId()).then()
                .body("status", equalTo("CLAIMED")).body("owner", equalTo("colleague"));

        Escalated mine = arrived(NetworkEvents.escalated("north"));
        as("bruno").post("/api/network/escalations/{id}/claim", mine.escalationId()).then().statusCode(200);
        as("bruno").post("/api/network/escalations/{id}/claim", mine.escalationId())
                .then().statusCode(200).body("owner", equalTo("bruno")); // a retried claim is harmless
        as("bruno").contentType(ContentType.JSON).body(question)
                .post("/api/network/escalations/{id}/referral", mine.escalationId()).then().statusCode(201);
        as("bruno").contentType(ContentType.JSON).body(question)
                .post("/api/network/escalations/{id}/referral", mine.escalationId()).then().statusCode(409);
        as("bruno").post("/api/network/escalations/{id}/claim", mine.escalationId()).then().statusCode(409);
        assertEquals(1, count("select count(*) from referral where escalation_id = ?", mine.escalationId()));
    }

    @Test
    void everyReadAndChangeIsAudited() {
        Escalated event = arrived(NetworkEvents.escalated("north"));
        as("bruno").get("/api/network/escalations/{id}", event.escalationId()).then().statusCode(200);
        claimAndRefer(event);

        List<String> trail = auditTrail(event.escalationId());
        assertTrue(trail.stream().anyMatch(line -> line.startsWith("RECEIVE")), trail.toString());
        assertTrue(trail.contains("READ by bruno"), trail.toString());
        assertTrue(trail.contains("CLAIM by bruno"), trail.toString());
        assertTrue(trail.contains("REFER by bruno"), trail.toString());
        assertEquals(trail.size(), count("select count(*) from audit_entry where object_id = ? and case_id = ?",
                event.escalationId().toString(), event.caseId()), "every line names the case");
        // a refused read is no access: no line may claim that sofie saw it
        as("sofie").get("/api/network/escalations/{id}", event.escalationId()).then().statusCode(404);
        assertFalse(auditTrail(event.escalationId()).stream().anyMatch(line -> line.endsWith("by sofie")));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private Escalated arrived(Escalated event) {
        TestEvents.publish(StackSupport.kafka(), "case.escalations", event.caseId().toString(), event.json());
        await().atMost(PATIENCE).until(() -> count("select count(*) from escalation where id = ?", event.escalationId()) == 1);
        return event;
    }

    private String claimAndRefer(Escalated event) {
        as("bruno").post("/api/network/escalations/{id}/claim", event.escalationId()).then().statusCode(200);
        return as("bruno").contentType(ContentType.JSON).body(Map.of("question", "What can unblock school access?"))
                .post("/api/network/escalations/{id}/referral", event.escalationId())
                .then().statusCode(201).extract().path("referral.id");
    }

    private List<String> everyIdInTheInboxOf(String user) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = as(user).queryParam("page", page).queryParam("size", 100)
                    .get("/api/network/escalations").then().statusCode(200).extract().path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private List<String> auditTrail(UUID escalationId) {
        return db().strings("""
                select action || case when actor = '' then '' else ' by ' || actor end from audit_entry
                where object_type = 'escalation' and object_id = ? order by at""", escalationId.toString());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private long count(String sql, Object... params) {
        return db().count(sql, params);
    }

    private Db db() {
        return new Db(dataSource);
    }
}
