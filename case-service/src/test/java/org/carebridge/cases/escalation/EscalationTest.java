package org.carebridge.cases.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.carebridge.cases.CaseApi.newCase;
import static org.carebridge.cases.CaseApi.newEscalation;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.recordsOn;

/** Raising an escalation: its state, its timeline line and exactly one pseudonymised event on the real broker. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class EscalationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "carebridge.pseudonym.secret")
    String pseudonymSecret;
    @Inject
    ObjectMapper mapper;

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
    void escalationPublishesExactlyOnePseudonymisedEvent() throws Exception {
        String given = "Given" + UUID.randomUUID().toString().substring(0, 8);
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.now().minusYears(16).minusMonths(3);
        String caseId = as("anna").body(newCase(given, family, born)).when().post("/api/cases")
                .then().statusCode(201).extract().path("id");

        io.restassured.response.ValidatableResponse raised = as("anna").body(newEscalation())
                .when().post("/api/cases/{id}/escalations", caseId)
                .then().statusCode(201)
                .body("status", equalTo("RAISED"))
                .body("barrier", equalTo("SCHOOL_ACCESS"))
                .body("raisedBy", equalTo("anna"));
        String escalationId = raised.extract().path("id");
        raised.header("Location", endsWith("/api/cases/" + caseId + "/escalations/" + escalationId));

        try (ConsumerTask<String, String> records = kafka.consumeStrings()
                .withGroupId("test-" + UUID.randomUUID())
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics("case.escalations", m -> m.select().where(r -> caseId.equals(r.key())))) {
            records.awaitRecords(1, Duration.ofSeconds(30));
            // a relay never sends a row again once it is marked published: from then on the topic's count is final
            await().atMost(Duration.ofSeconds(30)).until(() -> Db.ofService().count("select count(*) from outbox_event "
                    + "where published_at is null and event_key = ?", caseId) == 0);
            assertEquals(1, recordsOn("case.escalations", r -> caseId.equals(r.key())
                    && r.value().contains("case.escalated.v1")).size(), "exactly one case.escalated.v1 for the escalation");

            ConsumerRecord<String, String> record = records.getFirstRecord();
            String value = record.value();
            assertFalse(value.contains(family), "family name left case-service");
            assertFalse(value.contains(given), "given name left case-service");
            assertFalse(value.contains(born.toString()), "birth date left case-service");
            assertEquals("case.escalated.v1", new String(record.headers().lastHeader("event-type").value(),
                    StandardCharsets.UTF_8));

            JsonNode event = mapper.readTree(value);
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("case.escalated.v1", event.get("type").asText());
            assertEquals("carebridge/case-service", event.get("source").asText());
            assertEquals(caseId, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(escalationId, data.get("escalationId").asText());
            assertEquals(caseId, data.get("caseId").asText());
            assertEquals("north", data.get("region").asText());
            assertEquals(EscalationTestSupport.hmacHex(pseudonymSecret, caseId), data.get("pseudonym").asText());
            assertTrue(data.get("pseudonym").asText().matches("[0-9a-f]{64}"));
            assertEquals("16-17", data.get("ageBand").asText());
            assertEquals(List.of("WELLBEING", "SCHOOL"), mapper.convertValue(data.get("domains"), List.class));
            assertEquals("INTENSIVE", data.get("intensity").asText());
            assertEquals("SCHOOL_ACCESS", data.get("barrier").asText());
            assertEquals("HIGH", data.get("urgency").asText());
            assertEquals(newEscalation().get("whatWasTried"), data.get("whatWasTried").asText());
            assertEquals(List.of("TEAM_MEETING", "SCHOOL_ADJUSTMENT"), mapper.convertValue(data.get("triedMeasures"), List.class));
            assertEquals("anna", data.get("raisedBy").asText());
            assertTrue(data.get("raisedAt").asText().endsWith("Z"), "raisedAt in UTC");
        }

        as("anna").when().get("/api/cases/{id}", caseId).then().statusCode(200).body("status", equalTo("ESCALATED"));
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then().statusCode(200)
                .body("kind", equalTo(List.of("CASE_CREATED", "ESCALATED")))
                .body("[1].refId", equalTo(escalationId));
        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then().statusCode(200)
                .body("id", equalTo(escalationId));
    }

    @Test
    void aCaseHasAtMostOneOpenEscalation() {
        String caseId = createCase("anna");
        escalate("anna", caseId);
        as("anna").body(newEscalation()).when().post("/api/cases/{id}/escalations", caseId)
                .then().statusCode(409).contentType("application/problem+json");
        as("anna").when().get("/api/cases/{id}/escalations", caseId).then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void onlyCaseWorkersEscalate() {
        String caseId = createCase("anna");
        as("bruno").body(newEscalation()).when().post("/api/cases/{id}/escalations", caseId).then().statusCode(403);
        as("ben").body(newEscalation()).when().post("/api/cases/{id}/escalations", caseId).then().statusCode(404);
        as("anna").when().get("/api/cases/{id}/escalations", caseId).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void badEscalationInputIs400NamingTheField() {
        String caseId = createCase("anna");
        expect400(caseId, with("barrier", "BORED"), "barrier");
        expect400(caseId, with("urgency", null), "urgency");
        expect400(caseId, with("whatWasTried", " "), "whatWasTried");
        expect400(caseId, with("whatWasTried", "x".repeat(10_000)), "whatWasTried");
        expect400(caseId, with("triedMeasures", List.of()), "triedMeasures");
        expect400(caseId, with("triedMeasures", List.of("PRAYING")), "triedMeasures[0]");
        expect400(caseId, with("mood", "desperate"), "mood");
        // none of the refused requests changed the case
        as("anna").when().get("/api/cases/{id}", caseId).then().body("status", equalTo("OPEN"));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(newEscalation());
        body.put(field, value);
        return body;
    }

    private static void expect400(String caseId, Map<String, Object> body, String field) {
        as("anna").body(body).when().post("/api/cases/{id}/escalations", caseId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
