package org.carebridge.network.erasure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.network.Bridge;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.NetworkEvents;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * case.erased.v1 from the real broker blanks every free text network-service holds about the case (the team's,
 * the bridge's and the advisory group's) and drops its team; structure stays, and it happens once.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class ErasureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Test
    void everyTextOfTheCaseIsBlankedAndItsTeamDroppedOnce() {
        Escalated escalation = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        UUID id = escalation.escalationId();
        UUID caseId = escalation.caseId();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> texts = List.of(escalation.whatWasTried(), "note-" + marker, "agenda-" + marker,
                "question-" + marker, "advice-" + marker, "resolution-" + marker, "org-" + marker, "role-" + marker,
                "outcome-" + marker, "decision-" + marker);
        publishTeam(caseId, 1, marker);
        await().atMost(PATIENCE).until(() -> db().count(
                "select count(*) from case_roster_member where case_id = ?", caseId) == 1);

        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
        // marked for the team: its text is in the outbox row of network.escalation-step.v1 too
        as("bruno").contentType(ContentType.JSON).body(Map.of("text", "note-" + marker, "forTeam", true))
                .post("/api/network/escalations/{id}/notes", id).then().statusCode(201);
        String table = as("bruno").contentType(ContentType.JSON).body(Map.of("meetsAt",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString(), "agenda", "agenda-" + marker,
                        "members", List.of("anna"), "organisations", List.of("school")))
                .post("/api/network/escalations/{id}/consultations", id).then().statusCode(201)
                .extract().path("consultations[0].id");
        as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "outcome-" + marker, "decisions",
                        List.of(Map.of("text", "decision-" + marker, "owner", "anna",
                                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString()))))
                .post("/api/network/escalations/{id}/consultations/{table}/outcome", id, table).then().statusCode(200);
        String referralId = as("bruno").contentType(ContentType.JSON).body(Map.of("question", "question-" + marker))
                .post("/api/network/escalations/{id}/referral", id).then().statusCode(201)
                .extract().path("referral.id");
        TestEvents.publish(StackSupport.kafka(), "advisory.advice", escalation.pseudonym(),
                NetworkEvents.envelope(UUID.randomUUID().toString(), "carebridge/advisory-service",
                        "advisory.advice-given.v1", referralId, NetworkEvents.advice(UUID.fromString(referralId), id,
                                escalation.pseudonym(), "advice-" + marker)));
        await().atMost(PATIENCE).until(() -> db().count(
                "select count(*) from escalation where id = ? and status = 'ADVISED'", id) == 1);
        as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "UNBLOCKED", "advice", "resolution-" + marker))
                .post("/api/network/escalations/{id}/resolution", id).then().statusCode(200);
        await().atMost(PATIENCE).until(() -> db().count( // every event relayed: their rows hold the texts too
                "select count(*) from outbox_event where envelope like ? and published_at is null", "%" + id + "%") == 0);
        for (String text : texts) {
            assertFalse(db().columnsContaining(text).isEmpty(), "stored before erasure: " + text);
        }

        String erased = erasedEvent(caseId);
        String again = erasedEvent(caseId); // case-service re-sent it under a new event id
        TestEvents.publish(StackSupport.kafka(), CaseErasedV1.TOPIC, caseId.toString(), erased, erased, again);
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from inbox_event where event_id in (?, ?)",
                Bridge.eventId(erased), Bridge.eventId(again)) == 2);
        assertEquals(1, db().count("select count(*) from erased_case where case_id = ?", caseId));
        assertEquals(1, db().count("select count(*) from audit_entry where case_id = ? and "
                + "action = 'PERSONAL_DATA_ERASED'", caseId), "erased and audited once");

        for (String text : texts) {
            assertEquals(List.of(), db().columnsContaining(text), "still stored after erasure: " + text);
        }
        // structure stays: statistics and the audit trail still add up
        as("bruno").get("/api/network/escalations/{id}", id).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolution.outcome", equalTo("UNBLOCKED"))
                .body("resolution.advice", equalTo("[erased]"))
                .body("whatWasTried", equalTo("[erased]")).body("referral.question", equalTo("[erased]"))
                .body("barrier", equalTo("SCHOOL_ACCESS"));
        assertEquals(1, db().count("select count(*) from escalation_note where escalation_id = ? and text = '[erased]'", id));
        assertEquals(1, db().count("select count(*) from consultation where escalation_id = ? and agenda = '[erased]'", id));
        assertEquals(1, db().count("select count(*) from consultation where escalation_id = ? and outcome = '[erased]'", id));
        assertEquals(1, db().count("select count(*) from case_roster where case_id = ?", caseId));
        assertEquals(0, db().count("select count(*) from case_roster_member where case_id = ?", caseId));

        // late events of the erased case bring no text back
        publishTeam(caseId, 2, marker);
        Escalated late = new Escalated(UUID.randomUUID().toString(), UUID.randomUUID(), caseId, "north",
                escalation.pseudonym(), "late-" + marker);
        Bridge.arrived(db(), late);
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from inbox_event where event_type = ? "
                + "and event_id like ?", "case.team-changed.v1", caseId + "/2/%") == 1);
        assertEquals(0, db().count("select count(*) from case_roster_member where case_id = ?", caseId));
        assertEquals(List.of(), db().columnsContaining("late-" + marker));
    }

    private static String erasedEvent(UUID caseId) {
        ObjectNode data = NetworkEvents.JSON.createObjectNode();
        data.put("caseId", caseId.toString());
        data.put("region", "north");
        data.put("erasedAt", "2026-12-04T10:00:00Z");
        return NetworkEvents.caseEvent(CaseErasedV1.TYPE, caseId, data);
    }

    /** A one-member team whose organisation and role carry the marker. */
    private static void publishTeam(UUID caseId, int sequence, String marker) {
        TestEvents.publish(StackSupport.kafka(), "case.teams", caseId.toString(),
                NetworkEvents.teamOfOne(caseId, "north", sequence, "anna", "org-" + marker, "role-" + marker));
    }

    private Db db() {
        return new Db(dataSource);
    }
}
