package org.carebridge.network;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.carebridge.stack.testing.StackSupport.recordsOn;

/**
 * The bridge at work on an escalation of its region: filter the inbox, claim (which fixes owner and due date),
 * note, move the due date, convene a consultation table, resolve with an outcome and advice for the team
 * (exactly one network.escalation-resolved.v1), or refer upward with the steps taken and nothing of what was said.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class BridgeInboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theInboxFiltersByStatusBarrierUrgencyAndAgeBand() {
        Escalated housing = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"), data -> data
                .put("barrier", "HOUSING").put("urgency", "LOW").put("ageBand", "18-20"));
        Escalated school = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        String housingId = housing.escalationId().toString();
        String schoolId = school.escalationId().toString();

        List<String> housingOnly = inbox(Map.of("barrier", "HOUSING"));
        assertFalse(housingOnly.contains(schoolId));
        assertEquals(true, housingOnly.contains(housingId));
        as("bruno").queryParams(Map.of("barrier", "HOUSING", "size", 100)).get("/api/network/escalations").then()
                .body("items.barrier", everyItem(equalTo("HOUSING")));
        as("bruno").queryParams(Map.of("urgency", "low", "ageBand", "18-20", "size", 100))
                .get("/api/network/escalations").then().statusCode(200)
                .body("items.id", hasItem(housingId)).body("items.id", not(hasItem(schoolId)))
                .body("items.urgency", everyItem(equalTo("LOW"))).body("items.ageBand", everyItem(equalTo("18-20")));
        as("bruno").queryParams(Map.of("status", "NEW", "barrier", "SCHOOL_ACCESS", "urgency", "HIGH", "ageBand",
                        "16-17", "size", 100)).get("/api/network/escalations").then().statusCode(200)
                .body("items.id", hasItem(schoolId)).body("items.id", not(hasItem(housingId)));
    }

    @Test
    void everyEscalationHasADueDateByUrgencyFromTheMomentItArrives() {
        Escalated high = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        Escalated low = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"), data -> data.put("urgency", "LOW"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        as("bruno").get("/api/network/escalations/{id}", high.escalationId()).then()
                .body("dueDate", equalTo(today.plusDays(5).toString())).body("overdue", equalTo(false));
        as("bruno").get("/api/network/escalations/{id}", low.escalationId()).then()
                .body("dueDate", equalTo(today.plusDays(20).toString()));
    }

    @Test
    void theOwnerNotesMovesTheDueDateConvenesAndResolvesOnce() throws Exception {
        Escalated event = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        String id = event.escalationId().toString();
        String secretNote = "mother says the school refused twice; marker " + id;
        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200)
                .body("owner", equalTo("bruno")).body("steps.step", contains("CLAIMED"));
        as("bruno").contentType(ContentType.JSON).body(Map.of("text", secretNote))
                .post("/api/network/escalations/{id}/notes", id).then().statusCode(201)
                .body("notes.text", contains(secretNote)).body("notes[0].writtenBy", equalTo("bruno"));
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        as("bruno").contentType(ContentType.JSON).body(Map.of("dueDate", due))
                .put("/api/network/escalations/{id}/due-date", id).then().statusCode(200)
                .body("dueDate", equalTo(due));
        String meetsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString();
        as("bruno").contentType(ContentType.JSON).body(Map.of("meetsAt", meetsAt, "agenda", "a school place by March",
                        "members", List.of("anna", "ben"), "organisations", List.of("reception-school-noord")))
                .post("/api/network/escalations/{id}/consultations", id).then().statusCode(201)
                .body("consultations[0].members", contains("anna", "ben"))
                .body("consultations[0].organisations", contains("reception-school-noord"))
                .body("consultations[0].agenda", equalTo("a school place by March"))
                .body("steps.step", contains("CLAIMED", "NOTE_ADDED", "DUE_DATE_SET", "CONSULTATION_CONVENED"));

        try (ConsumerTask<String, String> resolutions = StackSupport.kafka().consumeStrings()
                .fromTopics("network.resolutions", m -> m.select().where(r -> r.value().contains(id)))) {
            String advice = "The reception school in Noord has a bridging class from Monday.";
            as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "UNBLOCKED", "advice", advice))
                    .post("/api/network/escalations/{id}/resolution", id).then().statusCode(200)
                    .body("status", equalTo("RESOLVED")).body("resolution.outcome", equalTo("UNBLOCKED"))
                    .body("resolution.advice", equalTo(advice)).body("resolution.resolvedBy", equalTo("bruno"));
            as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "NOT_UNBLOCKED", "advice", "again"))
                    .post("/api/network/escalations/{id}/resolution", id).then().statusCode(409);

            resolutions.awaitRecords(1, PATIENCE);
            // a relay never sends a row again once it is marked published: from then on the topic's count is final
            await().atMost(PATIENCE).until(() -> Db.ofService().count("select count(*) from outbox_event "
                    + "where published_at is null and event_key = ?", event.caseId().toString()) == 0);
            assertEquals(1, recordsOn("network.resolutions", r -> r.value().contains(id)).size(),
                    "exactly one resolution event on the topic");
            ConsumerRecord<String, String> record = resolutions.getFirstRecord();
            assertEquals(event.caseId().toString(), record.key(), "keyed by case id: the team's events stay in order");
            JsonNode envelope = NetworkEvents.JSON.readTree(record.value());
            assertEquals("network.escalation-resolved.v1", envelope.get("type").asText());
            assertEquals(id, envelope.get("subject").asText());
            JsonNode data = envelope.get("data");
            assertEquals(Set.of("escalationId", "caseId", "region", "outcome", "advice", "resolvedBy", "resolvedAt"),
                    fieldNames(data));
            assertEquals(event.caseId().toString(), data.get("caseId").asText());
            assertEquals("UNBLOCKED", data.get("outcome").asText());
            assertEquals(advice, data.get("advice").asText());
            assertFalse(record.value().contains(secretNote), "the bridge's notes never travel");
        }
        // closed: no more work on it
        as("bruno").contentType(ContentType.JSON).body(Map.of("text", "late"))
                .post("/api/network/escalations/{id}/notes", id).then().statusCode(409);
    }

    @Test
    void onlyTheOwnerChangesAndOnlyAfterAClaim() {
        Escalated event = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        String id = event.escalationId().toString();
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        Map<String, Object> resolution = Map.of("outcome", "UNBLOCKED", "advice", "done");
        as("bruno").contentType(ContentType.JSON).body(resolution)
                .post("/api/network/escalations/{id}/resolution", id).then().statusCode(409);
        as("bruno").contentType(ContentType.JSON).body(Map.of("dueDate", due))
                .put("/api/network/escalations/{id}/due-date", id).then().statusCode(409);

        // a colleague of the same region owns it (no second north coordinator in the realm: set the row)
        assertEquals(1, Db.ofService().update(
                "update escalation set status = 'CLAIMED', owner = 'colleague', claimed_at = now() where id = ?",
                event.escalationId()));
        as("bruno").contentType(ContentType.JSON).body(Map.of("dueDate", due))
                .put("/api/network/escalations/{id}/due-date", id).then().statusCode(403);
        as("bruno").contentType(ContentType.JSON).body(resolution)
                .post("/api/network/escalations/{id}/resolution", id).then().statusCode(403);
        as("bruno").contentType(ContentType.JSON).body(Map.of("meetsAt",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString(), "agenda", "a", "members", List.of("anna"),
                        "organisations", List.of()))
                .post("/api/network/escalations/{id}/consultations", id).then().statusCode(403);
        // colleagues share notes
        as("bruno").contentType(ContentType.JSON).body(Map.of("text", "I know this school"))
                .post("/api/network/escalations/{id}/notes", id).then().statusCode(201);
        // and another region sees nothing
        as("sofie").contentType(ContentType.JSON).body(Map.of("text", "x"))
                .post("/api/network/escalations/{id}/notes", id).then().statusCode(404);
        assertEquals(0, Db.ofService().count("select count(*) from escalation where id = ? and status = 'RESOLVED'",
                event.escalationId()));
    }

    @Test
    void aReferralCarriesTheBridgeStepsButNoNoteAndNoInvitee() throws Exception {
        Escalated event = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        String id = event.escalationId().toString();
        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
        as("bruno").contentType(ContentType.JSON).body(Map.of("text", "private note " + id))
                .post("/api/network/escalations/{id}/notes", id).then().statusCode(201);
        as("bruno").contentType(ContentType.JSON).body(Map.of("meetsAt",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString(), "agenda", "agenda " + id,
                        "members", List.of("invited-member-" + id.substring(0, 8)),
                        "organisations", List.of("invited-org-" + id.substring(0, 8))))
                .post("/api/network/escalations/{id}/consultations", id).then().statusCode(201);
        try (ConsumerTask<String, String> referrals = StackSupport.kafka().consumeStrings()
                .fromTopics("network.referrals", m -> m.select().where(r -> r.value().contains(id)))) {
            as("bruno").contentType(ContentType.JSON).body(Map.of("question", "Which route exists?"))
                    .post("/api/network/escalations/{id}/referral", id).then().statusCode(201);
            referrals.awaitRecords(1, PATIENCE);
            String value = referrals.getFirstRecord().value();
            JsonNode steps = NetworkEvents.JSON.readTree(value).get("data").get("bridgeSteps");
            assertEquals(List.of("CLAIMED", "NOTE_ADDED", "CONSULTATION_CONVENED"),
                    steps.findValuesAsText("step"));
            for (String leak : List.of("private note", "agenda " + id, "invited-member", "invited-org", "\"actor\"")) {
                assertFalse(value.contains(leak), leak + " leaked into the referral");
            }
        }
    }

    @Test
    void theDueDateMovesOnlyWithinTheLimitAndLaterOnlyWithAReason() {
        Escalated event = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north")); // HIGH: due in 5 days
        String id = event.escalationId().toString();
        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String last = today.plusDays(30).toString(); // carebridge.bridge.due-date.max-days
        for (String tooFar : new String[]{today.plusDays(31).toString(), "2999-12-31"}) {
            moveDueDate(id, Map.of("dueDate", tooFar, "reason", "x")).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("dueDate"));
        }
        moveDueDate(id, Map.of("dueDate", last)).then().statusCode(400).body("errors.field", hasItem("reason"));
        moveDueDate(id, Map.of("dueDate", last, "reason", " ")).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        moveDueDate(id, Map.of("dueDate", last, "reason", "x".repeat(501))).then().statusCode(400)
                .body("errors.field", hasItem("reason"));

        String reason = "the housing office answers after its board meets " + id;
        moveDueDate(id, Map.of("dueDate", last, "reason", reason)).then().statusCode(200)
                .body("dueDate", equalTo(last))
                .body("notes.text", contains(reason)).body("notes[0].writtenBy", equalTo("bruno"))
                .body("steps.step", contains("CLAIMED", "DUE_DATE_SET"));
        moveDueDate(id, Map.of("dueDate", today.plusDays(2).toString())).then().statusCode(200) // earlier: no reason
                .body("steps.step", contains("CLAIMED", "DUE_DATE_SET", "DUE_DATE_SET"));
        assertEquals(2, Db.ofService().count(
                "select count(*) from audit_entry where object_id = ? and action = 'DUE_DATE'", id));
    }

    private static io.restassured.response.Response moveDueDate(String id, Map<String, String> body) {
        return as("bruno").contentType(ContentType.JSON).body(body).put("/api/network/escalations/{id}/due-date", id);
    }

    @Test
    void aCoordinatorOfAnotherRegionIsRefusedOnEveryEndpoint() {
        Escalated event = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        String id = event.escalationId().toString();
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        Map<String, Object> bodies = Map.of(
                "notes", Map.of("text", "x"),
                "due-date", Map.of("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()),
                "consultations", Map.of("meetsAt", future, "agenda", "a", "members", List.of("anna"),
                        "organisations", List.of()),
                "resolution", Map.of("outcome", "UNBLOCKED", "advice", "a"),
                "referral", Map.of("question", "q"));
        as("sofie").get("/api/network/escalations/{id}", id).then().statusCode(404);
        as("sofie").post("/api/network/escalations/{id}/claim", id).then().statusCode(404);
        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
        bodies.forEach((action, body) -> as("sofie").contentType(ContentType.JSON).body(body)
                .request(action.equals("due-date") ? "PUT" : "POST", "/api/network/escalations/{id}/" + action, id)
                .then().statusCode(404).contentType("application/problem+json"));
        as("bruno").get("/api/network/escalations/{id}", id).then().statusCode(200)
                .body("status", equalTo("CLAIMED")).body("notes", org.hamcrest.Matchers.empty())
                .body("consultations", org.hamcrest.Matchers.empty());
    }

    private List<String> inbox(Map<String, Object> filter) {
        return as("bruno").queryParams(filter).queryParam("size", 100).get("/api/network/escalations")
                .then().statusCode(200).extract().path("items.id");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
