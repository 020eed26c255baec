package org.carebridge.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.outbox.Outbox;
import org.carebridge.platform.outbox.OutgoingEvent;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What the outbox relay puts on Kafka, read as generic CloudEvents tooling reads it, with a plain Kafka consumer: the
 * Kafka binding's structured mode (the content-type header, the whole event as the value) with the required
 * attributes.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class CloudEventsBindingTest {

    static final String TOPIC = "carebridge.test.cloudevents";

    record Probe(String marker) implements OutgoingEvent {
        public String topic() {
            return TOPIC;
        }

        public String type() {
            return "advisory.test-probe.v1";
        }

        public String key() {
            return marker;
        }
    }

    @Inject
    Outbox outbox;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRelayedRecordIsAStructuredCloudEventByTheKafkaBinding() throws Exception {
        String marker = UUID.randomUUID().toString();
        CloudEvent sent = QuarkusTransaction.requiringNew().call(() -> outbox.publish(new Probe(marker)));

        ConsumerRecord<String, String> record = firstRecordWithKey(marker);
        assertEquals("application/cloudevents+json; charset=UTF-8", header(record, "content-type"));
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals(sent.id(), event.path("id").asText());
        assertEquals("carebridge/advisory-service", event.path("source").asText());
        assertEquals("advisory.test-probe.v1", event.path("type").asText());
        assertEquals(marker, event.path("data").path("marker").asText());
    }

    private ConsumerRecord<String, String> firstRecordWithKey(String key) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "cloudevents-binding-test-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        assertNotNull(header, name);
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
