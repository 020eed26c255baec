package org.carebridge.cases.advice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.record;
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
class AdviceConsumerTest {

    static final String TOPIC = "advisory.advice";
    static final String DEAD_LETTERS = "case-service.dead-letters";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "carebridge.pseudonym.secret")
    String pseudonymSecret;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;

    KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void adviceDeliveredTwiceLandsInTheTimelineOnce() throws Exception {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String pseudonym = hmacHex(pseudonymSecret, caseId);

        String duplicated = advice(UUID.randomUUID(), escalationId, pseudonym, "Ask the reception class for a bridging place.");
        String later = advice(UUID.randomUUID(), escalationId, pseudonym, "Second thought: involve the guardian.");
        // same key, same partition: when the later advice shows, the duplicate before it has been handled
        kafka.produceStrings().fromRecords(record(TOPIC, pseudonym, duplicated), record(TOPIC, pseudonym, duplicated),
                record(TOPIC, pseudonym, later)).awaitCompletion(Duration.ofSeconds(20));

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

        kafka.produceStrings().fromRecords(record(TOPIC, pseudonym, malformed),
                record(TOPIC, pseudonym, advice(UUID.randomUUID(), escalationId, pseudonym, "After the poison.")))
                .awaitCompletion(Duration.ofSeconds(20));

        ConsumerRecord<String, String> dead = deadLetter(marker);
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

        kafka.produceStrings().fromRecords(record(TOPIC, otherPseudonym, crossed)).awaitCompletion(Duration.ofSeconds(20));

        ConsumerRecord<String, String> dead = deadLetter(eventId.toString());
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
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

        kafka.produceStrings().fromRecords(
                record(TOPIC, pseudonym, advice(unknownEventId, UUID.randomUUID().toString(), pseudonym, "Lost advice.")),
                record(TOPIC, pseudonym, advice(UUID.randomUUID(), escalationId, pseudonym, "Found advice.")))
                .awaitCompletion(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                        .body("findAll { it.kind == 'ADVICE_RECEIVED' }.summary", equalTo(List.of("Found advice."))));
        // committed as handled (a poison event would have rolled its inbox row back)
        long remembered = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where event_id = ?1 and consumer = 'case-service.advice'")
                .setParameter(1, unknownEventId.toString()).getSingleResult()).longValue());
        assertEquals(1, remembered);
    }

    private ConsumerRecord<String, String> deadLetter(String containing) {
        try (ConsumerTask<String, String> dead = kafka.consumeStrings()
                .withGroupId("test-" + UUID.randomUUID())
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(DEAD_LETTERS, m -> m.select().where(r -> r.value() != null && r.value().contains(containing)))) {
            dead.awaitRecords(1, Duration.ofSeconds(30));
            return dead.getFirstRecord();
        }
    }

    private String advice(UUID eventId, String escalationId, String pseudonym, String text) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        UUID referralId = UUID.randomUUID();
        data.put("adviceId", UUID.randomUUID().toString());
        data.put("referralId", referralId.toString());
        data.put("escalationId", escalationId);
        data.put("pseudonym", pseudonym);
        data.put("advice", text);
        data.put("givenBy", "ada");
        data.put("givenAt", "2026-11-30T14:02:10Z");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId.toString());
        event.put("source", "carebridge/advisory-service");
        event.put("type", "advisory.advice-given.v1");
        event.put("time", "2026-11-30T14:02:11Z");
        event.put("subject", referralId.toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return mapper.writeValueAsString(event);
    }
}
