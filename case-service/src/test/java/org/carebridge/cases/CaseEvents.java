package org.carebridge.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.record;

/** Test shorthand for events on the real broker: what case-service published, what it dead-lettered, and input. */
public final class CaseEvents implements AutoCloseable {

    public static final String DEAD_LETTERS = "case-service.dead-letters";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaCompanion kafka;

    public CaseEvents(KafkaCompanion kafka) {
        this.kafka = kafka;
    }

    @Override
    public void close() {
        kafka.close();
    }

    /** Waits for {@code count} records of the given type and key, reading the topic from its start. */
    public List<ConsumerRecord<String, String>> published(String topic, String key, String type, int count) {
        try (ConsumerTask<String, String> records = kafka.consumeStrings()
                .withGroupId("test-" + UUID.randomUUID())
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(topic, m -> m.select().where(r -> key.equals(r.key()) && type.equals(typeOf(r))))) {
            return records.awaitRecords(count, Duration.ofSeconds(30)).getRecords();
        }
    }

    /** As {@link #published}, for exactly one record, parsed. */
    public JsonNode publishedOne(String topic, String key, String type) {
        return read(published(topic, key, type, 1).get(0).value());
    }

    /** The dead letter whose value contains the marker (e.g. the CloudEvent id), with its reason header. */
    public ConsumerRecord<String, String> deadLetter(String containing) {
        try (ConsumerTask<String, String> dead = kafka.consumeStrings()
                .withGroupId("test-" + UUID.randomUUID())
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(DEAD_LETTERS, m -> m.select().where(r -> r.value() != null && r.value().contains(containing)))) {
            dead.awaitRecords(1, Duration.ofSeconds(30));
            return dead.getFirstRecord();
        }
    }

    public static String reason(ConsumerRecord<String, String> deadLetter) {
        return new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    public void send(String topic, String key, String... values) {
        kafka.produceStrings().fromRecords(java.util.Arrays.stream(values).map(v -> record(topic, key, v)).toList())
                .awaitCompletion(Duration.ofSeconds(20));
    }

    /** A CloudEvent as another service would publish it. */
    public static String cloudEvent(UUID id, String source, String type, String subject, Map<String, ?> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", source);
        event.put("type", type);
        event.put("time", "2026-11-26T16:20:00Z");
        event.put("subject", subject);
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeOf(ConsumerRecord<String, String> r) {
        var header = r.headers().lastHeader("event-type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
