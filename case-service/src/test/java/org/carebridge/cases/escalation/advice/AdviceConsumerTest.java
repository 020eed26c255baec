package org.carebridge.cases.escalation.advice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.cases.CaseEvents;
import org.carebridge.cases.EventsTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import static org.carebridge.cases.escalation.EscalationTestSupport.hmacHex;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** advisory.advice-given.v1 from the real broker into the case's timeline: once, and poison to the dead letters. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class AdviceConsumerTest extends EventsTest {

    static final String TOPIC = "advisory.advice";

    @ConfigProperty(name = "carebridge.pseudonym.secret")
    String pseudonymSecret;
    @Inject
    EntityManager em;

    @Test
    void adviceDeliveredTwiceLandsInTheTimelineOnce() throws Exception {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String pseudonym = hmacHex(pseudonymSecret, caseId);

        String duplicated = advice(UUID.randomUUID(), escalationId, pseudonym, "Ask the reception class for a bridging place.");
        String later = advice(UUID.randomUUID(), escalationId, pseudonym, "Second thought: involve the guardian.");
        // same key, same partition: when the later advice shows, the duplicate before it has been handled
        events.send(TOPIC, pseudonym, duplicated, duplicated, later);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("anna").when().get("/api/cases/{id}/timeline", caseId).then().statusCode(200)
                        .body("findAll { it.kind == 'ADVICE_RECEIVED' }.size()", equalTo(2)));

        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "ESCALATED", "ADVICE_RECEIVED", "ADVICE_RECEIVED")))
                .body("findAll { it.kind == 'ADVICE_RECEIVED' }.summary",
                        equalTo(List.of("Ask the reception class for a bridging place.", "Second thought: involve the guardian.")))
                .body("findAll { it.kind == 'ADVICE_RECEIVED' }.actor", equalTo(List.of("ada", "ada")));
        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("status", equalTo("ADVISED"));
    }

    @Test
    void malformedEventGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() throws Exception {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String pseudonym = hmacHex(pseudonymSecret, caseId);
        String marker = UUID.randomUUID().toString();
        String malformed = "{\"specversion\":\"1.0\",\"id\":\"" + marker + "\", this is not JSON";

        events.send(TOPIC, pseudonym, malformed, advice(UUID.randomUUID(), escalationId, pseudonym, "After the poison."));

        ConsumerRecord<String, String> dead = events.deadLetter(marker);
        assertEquals(malformed, dead.value());
        assertNotNull(dead.headers().lastHeader("dead-letter-reason"), "the reason travels with the dead letter");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                        .body("findAll { it.kind == 'ADVICE_RECEIVED' }.summary", equalTo(List.of("After the poison."))));
    }

    @Test
    void adviceWhosePseudonymBelongsToAnotherCaseIsDeadLetteredNotAttached() throws Exception {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String otherPseudonym = hmacHex(pseudonymSecret, UUID.randomUUID().toString());
        UUID eventId = UUID.randomUUID();
        String crossed = advice(eventId, escalationId, otherPseudonym, "Meant for someone else.");

        events.send(TOPIC, otherPseudonym, crossed);

        String reason = CaseEvents.reason(events.deadLetter(eventId.toString()));
        assertTrue(reason.contains("pseudonym"), reason);
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "ESCALATED")));
        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("status", equalTo("RAISED"));
    }

    @Test
    void adviceForAnUnknownEscalationIsSkippedAndRemembered() throws Exception {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String pseudonym = hmacHex(pseudonymSecret, caseId);
        UUID unknownEventId = UUID.randomUUID();

        events.send(TOPIC, pseudonym,
                advice(unknownEventId, UUID.randomUUID().toString(), pseudonym, "Lost advice."),
                advice(UUID.randomUUID(), escalationId, pseudonym, "Found advice."));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                        .body("findAll { it.kind == 'ADVICE_RECEIVED' }.summary", equalTo(List.of("Found advice."))));
        // committed as handled (a poison event would have rolled its inbox row back)
        long remembered = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where event_id = ?1 and consumer = 'case-service.advice'")
                .setParameter(1, unknownEventId.toString()).getSingleResult()).longValue());
        assertEquals(1, remembered);
    }

    private static String advice(UUID eventId, String escalationId, String pseudonym, String text) {
        Map<String, Object> data = new LinkedHashMap<>();
        UUID referralId = UUID.randomUUID();
        data.put("adviceId", UUID.randomUUID().toString());
        data.put("referralId", referralId.toString());
        data.put("escalationId", escalationId);
        data.put("pseudonym", pseudonym);
        data.put("advice", text);
        data.put("givenBy", "ada");
        data.put("givenAt", "2026-11-30T14:02:10Z");
        return CaseEvents.cloudEvent(eventId, "carebridge/advisory-service", AdviceGivenV1.TYPE, referralId.toString(),
                data);
    }
}
