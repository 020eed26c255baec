package org.carebridge.advisory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Builds network.referred-to-advisory.v1 in network-service's wire shape and publishes it for real. */
public final class AdvisoryEvents {

    public static final ObjectMapper JSON = new ObjectMapper();

    private AdvisoryEvents() {
    }

    public static Referred referred(String region) {
        UUID caseId = UUID.randomUUID();
        return new Referred(UUID.randomUUID().toString(), UUID.randomUUID(), UUID.randomUUID(), region,
                pseudonym(caseId), "Which school can take her mid-year? " + UUID.randomUUID());
    }

    public record Referred(String eventId, UUID referralId, UUID escalationId, String region, String pseudonym,
                           String question) {

        public ObjectNode data() {
            ObjectNode data = JSON.createObjectNode();
            data.put("referralId", referralId.toString());
            data.put("escalationId", escalationId.toString());
            data.put("pseudonym", pseudonym);
            data.put("region", region);
            data.put("ageBand", "16-17");
            data.putArray("domains").add("SCHOOL").add("WELLBEING");
            data.put("intensity", "INTENSIVE");
            data.put("barrier", "SCHOOL_ACCESS");
            data.put("urgency", "HIGH");
            data.putArray("triedMeasures").add("TEAM_MEETING").add("LANGUAGE_SUPPORT");
            data.put("question", question);
            data.put("referredBy", "bruno");
            data.put("referredAt", "2026-11-24T09:02:11Z");
            ArrayNode steps = data.putArray("bridgeSteps");
            steps.addObject().put("step", "CLAIMED").put("at", "2026-11-23T11:00:00Z");
            steps.addObject().put("step", "CONSULTATION_CONVENED").put("at", "2026-11-23T15:30:00+01:00");
            return data;
        }

        public String json() {
            return json(data());
        }

        public String json(ObjectNode data) {
            return envelope(eventId, "carebridge/network-service", "network.referred-to-advisory.v1",
                    referralId.toString(), data);
        }

        public Referred resentAsNewEvent() {
            return new Referred(UUID.randomUUID().toString(), referralId, escalationId, region, pseudonym, question);
        }
    }

    public static String envelope(String id, String source, String type, String subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        event.put("time", "2026-11-24T09:02:12Z");
        event.put("subject", subject);
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }

    public static void publish(KafkaCompanion kafka, String topic, String key, String... values) {
        List<ProducerRecord<String, String>> records = Arrays.stream(values)
                .map(value -> new ProducerRecord<>(topic, key, value)).toList();
        kafka.produceStrings().fromRecords(records).awaitCompletion();
    }

    public static String pseudonym(UUID caseId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("test-only-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(caseId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
