package org.carebridge.stack.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** What a consumer's tests need to send it an event as its producer would: envelope, pseudonym, a real publish. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** A CloudEvents 1.0 envelope in structured mode, as platform's outbox writes it. */
    public static String envelope(String id, String source, String type, String time, String subject,
                                  ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        event.put("time", time);
        event.put("subject", subject);
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }

    /** Publishes the values under one key, in order, and returns once the broker has them. */
    public static void publish(KafkaCompanion kafka, String topic, String key, String... values) {
        List<ProducerRecord<String, String>> records = Arrays.stream(values)
                .map(value -> new ProducerRecord<>(topic, key, value)).toList();
        kafka.produceStrings().fromRecords(records).awaitCompletion();
    }

    /**
     * Publishes the value under the key and returns the dead letter, on the service's {@code deadLetters} topic,
     * whose value contains the marker; listens before it publishes, so the dead letter cannot pass unseen.
     */
    public static ConsumerRecord<String, String> deadLetterOf(String deadLetters, String topic, String key,
                                                              String marker, String value) {
        KafkaCompanion kafka = StackSupport.kafka();
        try (ConsumerTask<String, String> dead = kafka.consumeStrings().fromTopics(deadLetters,
                m -> m.select().where(r -> r.value() != null && r.value().contains(marker)))) {
            publish(kafka, topic, key, value);
            dead.awaitRecords(1, Duration.ofSeconds(30));
            return dead.getFirstRecord();
        }
    }

    /** Why the service dead-lettered the record (the header its dead-letter strategy writes). */
    public static String deadLetterReason(ConsumerRecord<String, String> record) {
        return KafkaCompanion.getHeader(record.headers(), "dead-letter-reason");
    }

    /** Like case-service's pseudonym: lowercase hex HMAC-SHA256 of the case id (here with a test-only secret). */
    public static String pseudonym(UUID caseId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("test-only-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(caseId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
