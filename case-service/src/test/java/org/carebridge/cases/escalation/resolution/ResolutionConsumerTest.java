package org.carebridge.cases.escalation.resolution;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.cases.CaseEvents;
import org.carebridge.cases.EventsTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** network.escalation-resolved.v1 from the real broker: applied once, shown to the team; crossed ids are poison. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class ResolutionConsumerTest extends EventsTest {

    static final String ADVICE = "The reception school has a bridging class; the coordinator expects you on Monday.";



    @Test
    void aResolutionDeliveredTwiceResolvesTheEscalationOnce() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String resolution = resolution(UUID.randomUUID(), data(escalationId, caseId, "north"));
        String probeCase = createCase("anna");
        String probeEscalation = escalate("anna", probeCase);

        // same key, same partition: once the probe behind them is applied, the duplicate has been handled too
        events.send(EscalationResolvedV1.TOPIC, caseId, resolution, resolution,
                resolution(UUID.randomUUID(), data(probeEscalation, probeCase, "north")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("anna").when().get("/api/cases/{id}/escalations/{e}", probeCase, probeEscalation).then()
                        .statusCode(200).body("status", equalTo("RESOLVED")));
        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("status", equalTo("RESOLVED"))
                .body("resolution.outcome", equalTo("PARTLY_UNBLOCKED"))
                .body("resolution.advice", equalTo(ADVICE))
                .body("resolution.resolvedBy", equalTo("bruno"))
                .body("resolution.resolvedAt", equalTo("2026-11-26T16:20:00Z"));
        as("anna").when().get("/api/cases/{id}", caseId).then().body("status", equalTo("OPEN"));
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "ESCALATED", "ESCALATION_RESOLVED")))
                .body("[2].actor", equalTo("bruno"))
                .body("[2].refId", equalTo(escalationId))
                .body("[2].summary", containsString(ADVICE));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", caseId).then()
                .body("items.action", hasItem(ResolutionIntake.AUDIT_RESOLVED));
    }

    @Test
    void aResolutionAfterTheTeamWithdrewIsShownButKeepsTheWithdrawal() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        as("anna").when().post("/api/cases/{id}/escalations/{e}/withdrawal", caseId, escalationId).then().statusCode(200);

        events.send(EscalationResolvedV1.TOPIC, caseId, resolution(UUID.randomUUID(), data(escalationId, caseId, "north")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                        .body("resolution.outcome", equalTo("PARTLY_UNBLOCKED")));
        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aResolutionNamingAnotherCaseOrRegionIsDeadLetteredNotApplied() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String otherCase = createCase("anna");
        UUID crossedCase = UUID.randomUUID();
        UUID crossedRegion = UUID.randomUUID();
        UUID incomplete = UUID.randomUUID();
        Map<String, Object> missingAdvice = data(escalationId, caseId, "north");
        missingAdvice.remove("advice");

        events.send(EscalationResolvedV1.TOPIC, caseId,
                resolution(crossedCase, data(escalationId, otherCase, "north")),
                resolution(crossedRegion, data(escalationId, caseId, "south")),
                resolution(incomplete, missingAdvice));

        ConsumerRecord<String, String> dead = events.deadLetter(crossedCase.toString());
        assertTrue(CaseEvents.reason(dead).contains("another case"), CaseEvents.reason(dead));
        assertTrue(dead.value().contains(otherCase), "the record is dead-lettered unchanged");
        String regionReason = CaseEvents.reason(events.deadLetter(crossedRegion.toString()));
        assertTrue(regionReason.contains("region"), regionReason);
        String incompleteReason = CaseEvents.reason(events.deadLetter(incomplete.toString()));
        assertTrue(incompleteReason.contains("advice"), incompleteReason);
        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("status", equalTo("RAISED"))
                .body("resolution", nullValue());
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "ESCALATED")));
    }

    static Map<String, Object> data(String escalationId, String caseId, String region) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("escalationId", escalationId);
        data.put("caseId", caseId);
        data.put("region", region);
        data.put("outcome", "PARTLY_UNBLOCKED");
        data.put("advice", ADVICE);
        data.put("resolvedBy", "bruno");
        data.put("resolvedAt", "2026-11-26T17:20:00+01:00");
        return data;
    }

    static String resolution(UUID eventId, Map<String, Object> data) {
        return CaseEvents.cloudEvent(eventId, "carebridge/network-service", EscalationResolvedV1.TYPE,
                String.valueOf(data.get("escalationId")), data);
    }
}
