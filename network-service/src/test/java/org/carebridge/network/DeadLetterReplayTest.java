package org.carebridge.network;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The operator's way out of a dead letter, against the real broker: a withdrawal that arrived before its
 * escalation is dead-lettered and listed with its reason; once the escalation is there, the network admin
 * replays it and it is applied; a second replay changes nothing (inbox), and every replay is audited.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class DeadLetterReplayTest {

    // generous: the first test of a JVM waits for the consumers to join their group on a busy machine
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String WITHDRAWN = "case.escalation-withdrawn.v1";

    @Inject
    EntityManager em;

    @Test
    void aWithdrawalBeforeItsEscalationIsListedThenReplayedAndAppliedOnce() throws Exception {
        Escalated escalation = NetworkEvents.escalated("north");
        String withdrawal = NetworkEvents.caseEvent(WITHDRAWN, escalation.caseId(), NetworkEvents.withdrawn(escalation));
        String eventId = NetworkEvents.JSON.readTree(withdrawal).get("id").asText();
        String key = escalation.caseId().toString();
        TestEvents.publish(StackSupport.kafka(), "case.escalations", key, withdrawal);

        Map<String, Object> letter = await().atMost(PATIENCE).until(() -> deadLetterOf(eventId), l -> l != null);
        String id = (String) letter.get("id");
        assertEquals("case.escalations", letter.get("topic"));
        assertEquals(key, letter.get("key"));
        assertEquals(WITHDRAWN, letter.get("eventType"));
        assertEquals(true, letter.get("replayable"));
        assertEquals(List.of(), letter.get("replays"));
        assertNotNull(letter.get("offset"), "where it failed on the original topic");
        assertFalse(letter.containsKey("data"), "the operator sees why, not the team's data");
        org.junit.jupiter.api.Assertions.assertTrue(((String) letter.get("reason")).contains("unknown escalation"),
                () -> "reason: " + letter.get("reason"));

        // the cause goes away: the escalation itself arrives
        TestEvents.publish(StackSupport.kafka(), "case.escalations", key, escalation.json());
        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get("/api/network/escalations/{id}",
                escalation.escalationId()).then().statusCode(200).body("status", equalTo("NEW")));

        as("nils").post("/api/network/dead-letters/{id}/replay", id).then().statusCode(200)
                .body("replays", hasSize(1)).body("replays[0].by", equalTo("nils"));
        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get("/api/network/escalations/{id}",
                escalation.escalationId()).then().statusCode(200).body("status", equalTo("WITHDRAWN")));

        // a second replay of an event already applied: skipped by the inbox, not dead-lettered again
        as("nils").post("/api/network/dead-letters/{id}/replay", id).then().statusCode(200).body("replays", hasSize(2));
        Escalated marker = new Escalated(UUID.randomUUID().toString(), UUID.randomUUID(), escalation.caseId(), "north",
                escalation.pseudonym(), "after the second replay");
        TestEvents.publish(StackSupport.kafka(), "case.escalations", key, marker.json()); // same key: behind the replay
        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get("/api/network/escalations/{id}",
                marker.escalationId()).then().statusCode(200));
        assertEquals(1L, count("select count(*) from inbox_event where event_id = ?1", eventId), "applied once");
        assertEquals(2L, count("select count(*) from audit_entry where action = 'DEAD_LETTER_REPLAYED' and object_id = ?1"
                + " and actor = 'nils'", id), "every replay is audited");
        long sameEvent = as("nils").get("/api/network/dead-letters?size=100").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.eventId == '" + eventId + "' }").size();
        assertEquals(1L, sameEvent, "the replays did not fail again");
    }

    @Test
    void onlyTheNetworkAdminSeesDeadLettersAndUnknownIdsAre404() {
        as("nils").get("/api/network/dead-letters").then().statusCode(200);
        for (String user : List.of("bruno", "anna", "ada", "otto")) {
            as(user).get("/api/network/dead-letters").then().statusCode(403);
            as(user).post("/api/network/dead-letters/{id}/replay", "0-0").then().statusCode(403);
        }
        given().get("/api/network/dead-letters").then().statusCode(401);
        for (String unknown : List.of("0-999999999", "9999-0", "-1-0", "abc", "1-")) {
            as("nils").get("/api/network/dead-letters/" + unknown).then().statusCode(404)
                    .body("detail", containsString("dead letter"));
            as("nils").post("/api/network/dead-letters/" + unknown + "/replay").then().statusCode(404);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadLetterOf(String eventId) {
        JsonPath page = as("nils").get("/api/network/dead-letters?size=100").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(i -> eventId.equals(i.get("eventId"))).findFirst().orElse(null);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
