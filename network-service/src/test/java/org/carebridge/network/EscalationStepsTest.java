package org.carebridge.network;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.escalation.TeamStep;
import org.carebridge.network.support.TeamStepsSeen;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bridge step meant for the case team reaches it as network.escalation-step.v1 on network.steps (read from
 * the real topic), in order, with where the escalation stands after it; a note not marked for the team does not.
 * The consultation outcome endpoint: owner only, once, on a table of the escalation.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class,
        initArgs = @ResourceArg(name = "service", value = "network"))
class EscalationStepsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TeamStepsSeen seen;

    @Test
    void eachStepForTheTeamGoesDownInOrderAndAnInternalNoteDoesNot() throws Exception {
        Escalated event = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        String id = event.escalationId().toString();
        String internal = "the mother called twice; internal marker " + id;
        String forTeam = "I called the reception school; they answer on Thursday.";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String later = today.plusDays(12).toString();
        try (ConsumerTask<String, String> steps = StackSupport.kafka().consumeStrings()
                .fromTopics("network.steps", m -> m.select().where(r -> id.equals(r.key())))) {

            as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
            as("bruno").contentType(ContentType.JSON)
                    .body(Map.of("dueDate", later, "reason", "school decides Thursday"))
                    .put("/api/network/escalations/{id}/due-date", id).then().statusCode(200);
            as("bruno").contentType(ContentType.JSON).body(Map.of("text", forTeam, "forTeam", true))
                    .post("/api/network/escalations/{id}/notes", id).then().statusCode(201);
            as("bruno").contentType(ContentType.JSON).body(Map.of("text", internal))
                    .post("/api/network/escalations/{id}/notes", id).then().statusCode(201);
            String meetsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString();
            String table = as("bruno").contentType(ContentType.JSON).body(Map.of("meetsAt", meetsAt, "agenda",
                            "a school place", "members", List.of("anna"), "organisations", List.of("school-noord")))
                    .post("/api/network/escalations/{id}/consultations", id).then().statusCode(201)
                    .extract().path("consultations[0].id");
            String due = today.plusDays(7).toString();
            as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "a bridging class from Monday",
                            "decisions", List.of(Map.of("text", "bring her to the intake", "owner", "anna",
                                    "dueDate", due))))
                    .post("/api/network/escalations/{id}/consultations/{table}/outcome", id, table)
                    .then().statusCode(200)
                    .body("consultations[0].outcome", equalTo("a bridging class from Monday"))
                    .body("consultations[0].outcomeBy", equalTo("bruno"))
                    .body("consultations[0].decisions[0].text", equalTo("bring her to the intake"))
                    .body("consultations[0].decisions[0].owner", equalTo("anna"))
                    .body("consultations[0].decisions[0].dueDate", equalTo(due))
                    .body("steps.step", contains("CLAIMED", "DUE_DATE_SET", "NOTE_ADDED", "NOTE_ADDED",
                            "CONSULTATION_CONVENED", "CONSULTATION_OUTCOME"))
                    .body("steps.forTeam", contains(true, true, true, false, true, true))
                    .body("notes.forTeam", contains(true, true, false)); // the reason, the team's note, the internal
            as("bruno").contentType(ContentType.JSON).body(Map.of("question", "Which school route exists?"))
                    .post("/api/network/escalations/{id}/referral", id).then().statusCode(201);

            // one escalation's steps share a key, so a partition: once REFERRED is in, every step before it is too
            await().atMost(PATIENCE).until(() -> steps(steps).contains("REFERRED"));
            assertEquals(List.of("CLAIMED", "DUE_DATE_SET", "NOTE_ADDED", "CONSULTATION_CONVENED",
                    "CONSULTATION_OUTCOME", "REFERRED"), steps(steps), "the internal note is not among them");
            for (ConsumerRecord<String, String> record : steps.getRecords()) {
                assertFalse(record.value().contains(internal), "a bridge-internal note never travels");
                assertEquals("network.escalation-step.v1",
                        new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
            }

            JsonNode claimed = data(steps, 0);
            assertEquals(id, claimed.get("escalationId").asText());
            assertEquals(event.caseId().toString(), claimed.get("caseId").asText());
            assertEquals("CLAIMED", claimed.get("status").asText());
            assertEquals("bruno", claimed.get("owner").asText());
            assertEquals("bruno", claimed.get("actor").asText());
            assertEquals(today.plusDays(5).toString(), claimed.get("dueDate").asText(), "HIGH: due in 5 days");
            assertTrue(claimed.get("note").isNull() && claimed.get("reason").isNull()
                    && claimed.get("consultation").isNull(), claimed.toString());
            assertEquals(1, Db.ofService().count("select count(*) from escalation_step where id = ? and "
                    + "escalation_id = ? and step = 'CLAIMED' and for_team", UUID.fromString(
                    claimed.get("stepId").asText()), event.escalationId()), "stepId is the step row's id");

            JsonNode moved = data(steps, 1);
            assertEquals(later, moved.get("dueDate").asText());
            assertEquals("school decides Thursday", moved.get("reason").asText());
            assertEquals(forTeam, data(steps, 2).get("note").asText());

            JsonNode convened = data(steps, 3).get("consultation");
            assertEquals(table, convened.get("id").asText());
            assertEquals("[\"anna\"]", convened.get("invitees").toString());
            assertEquals("[\"school-noord\"]", convened.get("organisations").toString());
            assertTrue(convened.get("outcome").isNull());
            assertEquals("[]", convened.get("decisions").toString());
            JsonNode concluded = data(steps, 4).get("consultation");
            assertEquals("a bridging class from Monday", concluded.get("outcome").asText());
            assertEquals("[{\"text\":\"bring her to the intake\",\"owner\":\"anna\",\"dueDate\":\"" + due + "\"}]",
                    concluded.get("decisions").toString());
            assertEquals("REFERRED", data(steps, 5).get("status").asText());

            ConsumerRecord<String, String> first = steps.getFirstRecord();
            assertEquals(id, NetworkEvents.JSON.readTree(first.value()).get("subject").asText());
        }
        List<TeamStep> told = seen.of(event.escalationId()); // what notification is given to tell the team
        assertEquals(List.of("CLAIMED", "DUE_DATE_SET", "NOTE_ADDED", "CONSULTATION_CONVENED",
                "CONSULTATION_OUTCOME", "REFERRED"), told.stream().map(TeamStep::step).toList());
        assertEquals(List.of("anna"), told.get(3).invitees(), "the invitees of the table are told");
        assertEquals("north", told.get(0).region());
    }

    @Test
    void theOutcomeIsTheOwnersOnceOnATableOfTheEscalation() {
        Escalated event = Bridge.arrived(Db.ofService(), NetworkEvents.escalated("north"));
        String id = event.escalationId().toString();
        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
        String meetsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).withNano(0).toString();
        String table = as("bruno").contentType(ContentType.JSON).body(Map.of("meetsAt", meetsAt, "agenda", "housing",
                        "members", List.of("anna"), "organisations", List.of()))
                .post("/api/network/escalations/{id}/consultations", id).then().statusCode(201)
                .extract().path("consultations[0].id");
        String path = "/api/network/escalations/{id}/consultations/{table}/outcome";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // bad input names its field, before anything is looked up
        outcome("bruno", Map.of("decisions", List.of()), path, id, table).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("outcome"));
        outcome("bruno", Map.of("outcome", "ok", "decisions", List.of(Map.of("text", "far", "owner", "anna",
                "dueDate", today.plusDays(366).toString()))), path, id, table).then().statusCode(400)
                .body("errors[0].field", equalTo("decisions[0].dueDate"));
        outcome("bruno", Map.of("outcome", "ok", "decisions", List.of(Map.of("text", "past", "owner", "anna",
                "dueDate", today.minusDays(1).toString()))), path, id, table).then().statusCode(400)
                .body("errors[0].field", equalTo("decisions[0].dueDate"));
        outcome("bruno", Map.of("outcome", "ok", "decisions", List.of(Map.of("text", "who?", "owner", "a b",
                "dueDate", today.toString()))), path, id, table).then().statusCode(400)
                .body("errors[0].field", equalTo("decisions[0].owner"));
        // a table that is not one of this escalation's, and another region's coordinator: 404
        outcome("bruno", Map.of("outcome", "ok"), path, id, UUID.randomUUID().toString()).then().statusCode(404);
        outcome("sofie", Map.of("outcome", "ok"), path, id, table).then().statusCode(404);

        // a colleague of the region owns it now (no second north coordinator in the demo realm: set the row)
        assertEquals(1, Db.ofService().update("update escalation set owner = 'colleague' where id = ?",
                event.escalationId()));
        outcome("bruno", Map.of("outcome", "mine"), path, id, table).then().statusCode(403);
        assertEquals(1, Db.ofService().update("update escalation set owner = 'bruno' where id = ?",
                event.escalationId()));

        outcome("bruno", Map.of("outcome", "nothing decided yet"), path, id, table).then().statusCode(200)
                .body("consultations[0].outcome", equalTo("nothing decided yet"))
                .body("consultations[0].decisions", equalTo(List.of()));
        outcome("bruno", Map.of("outcome", "again"), path, id, table).then().statusCode(409)
                .contentType("application/problem+json");
        as("bruno").get("/api/network/escalations/{id}", id).then()
                .body("consultations[0].outcome", equalTo("nothing decided yet"));
        assertTrue(auditTrail(event.escalationId()).contains("OUTCOME by bruno"));
    }

    private static io.restassured.response.Response outcome(String user, Map<String, ?> body, String path,
                                                            String id, String table) {
        return as(user).contentType(ContentType.JSON).body(body).post(path, id, table);
    }

    private static List<String> steps(ConsumerTask<String, String> task) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < task.getRecords().size(); i++) {
            names.add(data(task, i).get("step").asText());
        }
        return names;
    }

    private static JsonNode data(ConsumerTask<String, String> task, int index) {
        try {
            return NetworkEvents.JSON.readTree(task.getRecords().get(index).value()).get("data");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> auditTrail(UUID escalationId) {
        return Db.ofService().strings("""
                select action || case when actor = '' then '' else ' by ' || actor end from audit_entry
                where object_type = 'escalation' and object_id = ? order by at""", escalationId.toString());
    }
}
