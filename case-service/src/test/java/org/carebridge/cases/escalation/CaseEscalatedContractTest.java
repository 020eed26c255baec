package org.carebridge.cases.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.carebridge.cases.AsyncApiDocument.fieldNames;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example of case.escalated.v1 in asyncapi.yaml is what network-service tests against, so it must have exactly
 * the shape the service really publishes: same envelope attributes, same data fields, same value kinds.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class CaseEscalatedContractTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    ObjectMapper mapper;

    @Test
    void theDocumentedExampleHasTheShapeOfTheRealEvent() throws Exception {
        JsonNode example = AsyncApiDocument.ours().examplePayload(CaseEscalatedV1.TYPE);

        String caseId = createCase("anna");
        escalate("anna", caseId);
        JsonNode actual;
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers);
             ConsumerTask<String, String> records = kafka.consumeStrings()
                     .withGroupId("test-" + UUID.randomUUID())
                     .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                     .fromTopics(CaseEscalatedV1.TOPIC, m -> m.select().where(r -> caseId.equals(r.key())))) {
            actual = mapper.readTree(records.awaitRecords(1, Duration.ofSeconds(30)).getFirstRecord().value());
        }

        assertEquals(fieldNames(example), fieldNames(actual), "envelope attributes");
        assertEquals(fieldNames(example.get("data")), fieldNames(actual.get("data")), "data fields");
        for (String field : fieldNames(actual.get("data"))) {
            assertEquals(actual.get("data").get(field).getNodeType(), example.get("data").get(field).getNodeType(),
                    "JSON kind of data." + field);
        }
        assertEquals(example.get("type").asText(), actual.get("type").asText());
        assertEquals(example.get("source").asText(), actual.get("source").asText());
        // the example must also read as the service's own record, with unknown fields refused
        mapper.treeToValue(example.get("data"), CaseEscalatedV1.class);
    }
}
