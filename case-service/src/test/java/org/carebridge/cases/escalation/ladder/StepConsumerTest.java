package org.carebridge.cases.escalation.ladder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.cases.CaseEvents;
import org.carebridge.cases.EventsTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * network.escalation-step.v1 and advisory.referral-step.v1 from the real broker: each step reaches the team once, in
 * the escalation's ladder and as a timeline line with params; crossed ids are poison; erasure blanks their text.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class StepConsumerTest extends EventsTest {

    static final String OUTCOME = "The school keeps a place open until the housing is settled.";

    @Test
    void everyStepOfBothTiersReachesTheTeamOnceInItsLadderAndTimeline() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        OffsetDateTime raisedAt = raisedAt(caseId, escalationId);
        UUID claimStep = UUID.randomUUID();
        String claim = bridgeEvent(UUID.randomUUID(), bridgeData(claimStep, escalationId, caseId, "CLAIMED",
                "CLAIMED", raisedAt.plusMinutes(1)));
        String claimReplayed = bridgeEvent(UUID.randomUUID(), bridgeData(claimStep, escalationId, caseId, "CLAIMED",
                "CLAIMED", raisedAt.plusMinutes(1)));
        Map<String, Object> outcome = bridgeData(UUID.randomUUID(), escalationId, caseId, "CONSULTATION_OUTCOME",
                "CLAIMED", raisedAt.plusMinutes(2));
        outcome.put("consultation", Map.of("id", UUID.randomUUID().toString(), "meetsAt", "2026-11-24T14:00:00Z",
                "invitees", List.of("anna", "bruno"), "organisations", List.of("school"), "outcome", OUTCOME,
                "decisions", List.of(Map.of("text", "Ask for a housing slot", "owner", "bruno",
                        "dueDate", "2026-12-01"))));

        // one key, one partition, in order: the duplicate event and the replayed step id come before the last step
        events.send(EscalationStepV1.TOPIC, escalationId, claim, claim, claimReplayed,
                bridgeEvent(UUID.randomUUID(), outcome),
                bridgeEvent(UUID.randomUUID(), bridgeData(UUID.randomUUID(), escalationId, caseId, "REFERRED",
                        "REFERRED", raisedAt.plusMinutes(3))));
        awaitSteps(caseId, escalationId, 3);
        events.send(ReferralStepV1.TOPIC, escalationId,
                advisoryEvent(advisoryData(escalationId, "DECISION", raisedAt.plusMinutes(4))),
                advisoryEvent(advisoryData(escalationId, "ASKED_THE_MINISTRY", raisedAt.plusMinutes(5))));
        awaitSteps(caseId, escalationId, 5);

        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("status", equalTo("RAISED"))
                .body("ladder.tier", equalTo("ADVISORY"))
                .body("ladder.bridgeStatus", equalTo("REFERRED"))
                .body("ladder.owner", equalTo("bruno"))
                .body("ladder.dueDate", equalTo("2026-12-04"))
                .body("ladder.advisoryOwner", equalTo("ada"))
                .body("ladder.advisoryDueDate", equalTo("2026-12-11"))
                .body("ladder.steps.step", equalTo(List.of("CLAIMED", "CONSULTATION_OUTCOME", "REFERRED", "DECISION",
                        "ASKED_THE_MINISTRY")))
                .body("ladder.steps.tier", equalTo(List.of("BRIDGE", "BRIDGE", "BRIDGE", "ADVISORY", "ADVISORY")))
                .body("ladder.steps[0].actor", equalTo("bruno"))
                .body("ladder.steps[1].params.outcome", equalTo(OUTCOME))
                .body("ladder.steps[1].params.invitees", equalTo("anna,bruno"))
                .body("ladder.steps[1].params.meetsAt", equalTo("2026-11-24T14:00:00Z"))
                .body("ladder.steps[3].params.decision", equalTo("Ask the ministry (ada, 2026-12-11)"))
                .body("ladder.steps[3].params.final", equalTo("false"));
        as("anna").when().get("/api/cases/{id}/escalations", caseId).then()
                .body("[0].ladder.steps", hasSize(5));
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "ESCALATED", "ESCALATION_STEP", "ESCALATION_STEP",
                        "ESCALATION_STEP", "ESCALATION_STEP", "ESCALATION_STEP")))
                .body("[0].params", equalTo(Map.of("lead", "anna")))
                .body("[1].params", equalTo(Map.of("barrier", "SCHOOL_ACCESS", "urgency", "HIGH")))
                .body("[2].params", equalTo(Map.of("tier", "BRIDGE", "step", "CLAIMED", "owner", "bruno",
                        "dueDate", "2026-12-04")))
                .body("[2].actor", equalTo("bruno"))
                .body("[2].refId", equalTo(escalationId))
                .body("[3].params.outcome", equalTo(OUTCOME))
                .body("[6].params", equalTo(Map.of("tier", "ADVISORY", "step", "ASKED_THE_MINISTRY",
                        "owner", "ada", "dueDate", "2026-12-11")))
                .body("[6].summary", equalTo("Advisory step ASKED_THE_MINISTRY by ada: owner=ada, "
                        + "dueDate=2026-12-11"));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", caseId).then()
                .body("items.action", hasItem(StepIntake.AUDIT_STEP));
    }

    @Test
    void aStepNamingAnotherCaseOrMissingItsIdIsDeadLetteredAndOneOfAnUnknownEscalationSkipped() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String otherCase = createCase("anna");
        UUID crossed = UUID.randomUUID();
        UUID incomplete = UUID.randomUUID();
        OffsetDateTime at = raisedAt(caseId, escalationId).plusMinutes(1);
        Map<String, Object> withoutStepId = bridgeData(UUID.randomUUID(), escalationId, caseId, "CLAIMED", "CLAIMED",
                at);
        withoutStepId.remove("stepId");

        events.send(EscalationStepV1.TOPIC, escalationId,
                bridgeEvent(crossed, bridgeData(UUID.randomUUID(), escalationId, otherCase, "CLAIMED", "CLAIMED", at)),
                bridgeEvent(incomplete, withoutStepId),
                bridgeEvent(UUID.randomUUID(), bridgeData(UUID.randomUUID(), UUID.randomUUID().toString(), caseId,
                        "CLAIMED", "CLAIMED", at)),
                bridgeEvent(UUID.randomUUID(), bridgeData(UUID.randomUUID(), escalationId, caseId, "NOTE_ADDED",
                        "NEW", at.plusMinutes(1))));

        awaitSteps(caseId, escalationId, 1);
        String crossedReason = CaseEvents.reason(events.deadLetter(crossed.toString()));
        assertTrue(crossedReason.contains("another case"), crossedReason);
        String incompleteReason = CaseEvents.reason(events.deadLetter(incomplete.toString()));
        assertTrue(incompleteReason.contains("stepId"), incompleteReason);
        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("ladder.tier", equalTo("BRIDGE"))
                .body("ladder.bridgeStatus", equalTo("NEW"))
                .body("ladder.steps.step", equalTo(List.of("NOTE_ADDED")));
        as("anna").when().get("/api/cases/{id}/escalations/{e}", otherCase, escalationId).then().statusCode(404);
    }

    @Test
    void erasingTheCaseBlanksTheTextOfItsStepsAndOfItsLinesParams() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        as("anna").body(Map.of("kind", "NOTE", "text", "Amir's aunt offers a room.")).when()
                .post("/api/cases/{id}/notes", caseId).then().statusCode(201);
        Map<String, Object> note = bridgeData(UUID.randomUUID(), escalationId, caseId, "NOTE_ADDED", "CLAIMED",
                raisedAt(caseId, escalationId).plusMinutes(1));
        note.put("note", "Amir's aunt called the bridge: she offers a room.");
        events.send(EscalationStepV1.TOPIC, escalationId, bridgeEvent(UUID.randomUUID(), note));
        awaitSteps(caseId, escalationId, 1);
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("find { it.kind == 'NOTE' }.params.text", equalTo("Amir's aunt offers a room."));

        as("nils").body(Map.of("reason", "YOUTH_REQUEST")).when().post("/api/cases/{id}/erasure", caseId)
                .then().statusCode(200);

        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("ladder.steps[0].params.note", equalTo("[erased]"))
                .body("ladder.steps[0].params.owner", equalTo("bruno"));
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("find { it.kind == 'ESCALATION_STEP' }.params.note", equalTo("[erased]"))
                .body("find { it.kind == 'ESCALATION_STEP' }.params.step", equalTo("NOTE_ADDED"))
                .body("find { it.kind == 'ESCALATION_STEP' }.summary", equalTo("[erased]"))
                .body("find { it.kind == 'NOTE' }.params.text", equalTo("[erased]"))
                .body("find { it.kind == 'NOTE' }.summary", equalTo("[erased]"));
    }

    private static void awaitSteps(String caseId, String escalationId, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                        .statusCode(200).body("ladder.steps", hasSize(count)));
    }

    private static OffsetDateTime raisedAt(String caseId, String escalationId) {
        String raisedAt = as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .statusCode(200).extract().path("raisedAt");
        return OffsetDateTime.parse(raisedAt).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static Map<String, Object> bridgeData(UUID stepId, String escalationId, String caseId, String step, String status,
                                          OffsetDateTime at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stepId", stepId.toString());
        data.put("escalationId", escalationId);
        data.put("caseId", caseId);
        data.put("step", step);
        data.put("status", status);
        data.put("owner", "bruno");
        data.put("dueDate", "2026-12-04");
        data.put("at", at.toString());
        data.put("actor", "bruno");
        data.put("reason", null);
        data.put("note", null);
        data.put("consultation", null);
        data.put("somethingAddedLater", "ignored by a tolerant reader");
        return data;
    }

    static Map<String, Object> advisoryData(String escalationId, String step, OffsetDateTime at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stepId", UUID.randomUUID().toString());
        data.put("referralId", UUID.randomUUID().toString());
        data.put("escalationId", escalationId);
        data.put("step", step);
        data.put("owner", "ada");
        data.put("dueDate", "2026-12-11");
        data.put("at", at.toString());
        data.put("actor", "ada");
        if (step.equals("DECISION")) {
            data.put("sessionId", UUID.randomUUID().toString());
            data.put("decision", Map.of("text", "Ask the ministry", "owner", "ada", "dueDate", "2026-12-11",
                    "final", false));
        }
        return data;
    }

    static String bridgeEvent(UUID eventId, Map<String, Object> data) {
        return CaseEvents.cloudEvent(eventId, "carebridge/network-service", EscalationStepV1.TYPE,
                String.valueOf(data.get("escalationId")), data);
    }

    static String advisoryEvent(Map<String, Object> data) {
        return CaseEvents.cloudEvent(UUID.randomUUID(), "carebridge/advisory-service", ReferralStepV1.TYPE,
                String.valueOf(data.get("referralId")), data);
    }
}
