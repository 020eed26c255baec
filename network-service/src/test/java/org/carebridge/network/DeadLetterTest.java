package org.carebridge.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.carebridge.stack.testing.TestEvents.deadLetterReason;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events network-service can never apply go to network-service.dead-letters, unchanged and with the reason,
 * and do not block the events behind them.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class DeadLetterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "network-service.dead-letters";

    @Test
    void notJsonIsDeadLettered() {
        String marker = UUID.randomUUID().toString();
        String value = "this is no CloudEvent " + marker;
        ConsumerRecord<String, String> dead = deadLetterOf("case.escalations", marker, value);
        assertEquals(value, dead.value());
        assertTrue(deadLetterReason(dead).contains("not a CloudEvent"), deadLetterReason(dead));
    }

    @Test
    void anEscalationWithoutCaseIdIsDeadLetteredAndTheNextOneStillArrives() {
        Escalated broken = NetworkEvents.escalated("north");
        ObjectNode data = broken.data();
        data.remove("caseId");
        ConsumerRecord<String, String> dead = deadLetterOf("case.escalations", broken.caseId().toString(),
                broken.escalationId().toString(), envelope(broken, data));
        assertTrue(deadLetterReason(dead).contains("caseId"), deadLetterReason(dead));
        as("bruno").get("/api/network/escalations/{id}", broken.escalationId()).then().statusCode(404);

        // same key, same partition: the poison event must not hold up the one behind it
        Escalated next = new Escalated(UUID.randomUUID().toString(), UUID.randomUUID(), broken.caseId(), "north",
                broken.pseudonym(), "next");
        TestEvents.publish(StackSupport.kafka(), "case.escalations", broken.caseId().toString(), next.json());
        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get("/api/network/escalations/{id}", next.escalationId())
                .then().statusCode(200));
    }

    /** A value of a newer release reads as the safe one (UpgradeOrderTest); a sentence is no vocabulary value at all. */
    @Test
    void freeTextWhereAnUrgencyBelongsIsDeadLettered() {
        assertDeadLettered(data -> data.put("urgency", "whenever you have time"), "urgency");
    }

    @Test
    void freeTextWhereABarrierBelongsIsDeadLettered() {
        assertDeadLettered(data -> data.put("barrier", "she is bored at school"), "barrier");
    }

    @Test
    void aPseudonymThatIsNoHmacIsDeadLettered() {
        assertDeadLettered(data -> data.put("pseudonym", "Amira Haddad"), "pseudonym");
    }

    @Test
    void adviceOnAReferralWeNeverSentIsDeadLettered() {
        UUID referralId = UUID.randomUUID();
        String value = NetworkEvents.envelope(UUID.randomUUID().toString(), "carebridge/advisory-service",
                "advisory.advice-given.v1", referralId.toString(),
                NetworkEvents.advice(referralId, UUID.randomUUID(), TestEvents.pseudonym(UUID.randomUUID()), "advice"));
        ConsumerRecord<String, String> dead = deadLetterOf("advisory.advice", referralId.toString(), value);
        assertTrue(deadLetterReason(dead).contains("unknown referral"), deadLetterReason(dead));
        assertEquals("advisory.advice", header(dead, "dead-letter-topic"));
    }

    @Test
    void aWithdrawalOfAnEscalationNeverReceivedIsDeadLettered() {
        Escalated never = NetworkEvents.escalated("north");
        ConsumerRecord<String, String> dead = deadLetterOf("case.escalations", never.caseId().toString(),
                never.escalationId().toString(),
                NetworkEvents.caseEvent("case.escalation-withdrawn.v1", never.caseId(), NetworkEvents.withdrawn(never)));
        assertTrue(deadLetterReason(dead).contains("unknown escalation"), deadLetterReason(dead));
    }

    @Test
    void anAnswerToAHandoverNeverRequestedIsDeadLettered() {
        UUID caseId = UUID.randomUUID();
        UUID handoverId = UUID.randomUUID();
        ObjectNode request = NetworkEvents.handoverRequested(handoverId, caseId, "north", "MOVE", null, null);
        ConsumerRecord<String, String> dead = deadLetterOf("case.handovers", caseId.toString(), handoverId.toString(),
                NetworkEvents.caseEvent("case.handover-accepted.v1", caseId, NetworkEvents.handoverAnswer(request, true)));
        assertTrue(deadLetterReason(dead).contains("unknown handover"), deadLetterReason(dead));
    }

    @Test
    void anAlertWithoutKindIsDeadLettered() {
        UUID caseId = UUID.randomUUID();
        ObjectNode alert = NetworkEvents.alert(caseId, "north", "NO_LEAD", null);
        alert.remove("kind");
        ConsumerRecord<String, String> dead = deadLetterOf("case.alerts", caseId.toString(),
                alert.get("alertId").asText(), NetworkEvents.caseEvent("case.alert-raised.v1", caseId, alert));
        assertTrue(deadLetterReason(dead).contains("kind"), deadLetterReason(dead));
    }

    private void assertDeadLettered(Consumer<ObjectNode> breakIt, String field) {
        Escalated event = NetworkEvents.escalated("north");
        ObjectNode data = event.data();
        breakIt.accept(data);
        ConsumerRecord<String, String> dead = deadLetterOf("case.escalations", event.escalationId().toString(),
                envelope(event, data));
        assertTrue(deadLetterReason(dead).contains(field), deadLetterReason(dead));
        assertEquals("case.escalations", header(dead, "dead-letter-topic"));
        as("bruno").get("/api/network/escalations/{id}", event.escalationId()).then().statusCode(404)
                .body("status", equalTo(404));
    }

    private static String envelope(Escalated event, ObjectNode data) {
        return NetworkEvents.envelope(event.eventId(), "carebridge/case-service", "case.escalated.v1",
                event.caseId().toString(), data);
    }

    private static ConsumerRecord<String, String> deadLetterOf(String topic, String marker, String value) {
        return deadLetterOf(topic, marker, marker, value);
    }

    private static ConsumerRecord<String, String> deadLetterOf(String topic, String key, String marker, String value) {
        return TestEvents.deadLetterOf(DEAD_LETTERS, topic, key, marker, value);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return KafkaCompanion.getHeader(record.headers(), name);
    }
}
