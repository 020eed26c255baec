package org.carebridge.advisory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.TestEvents.pseudonym;

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

    /** Publishes the referral as network-service would and returns once advisory-service has stored it. */
    public static Referred arrived(Referred event) {
        return arrived(event, event.data());
    }

    /** The same with data the test changed (a barrier, a date, an urgency). */
    public static Referred arrived(Referred event, ObjectNode data) {
        TestEvents.publish(StackSupport.kafka(), "network.referrals", event.pseudonym(), event.json(data));
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.ofService()
                .count("select count(*) from referral where id = ?", event.referralId()) == 1);
        return event;
    }

    /** An envelope stamped with one fixed time, so that every event a test sends is alike but for its data. */
    public static String envelope(String id, String source, String type, String subject, ObjectNode data) {
        return TestEvents.envelope(id, source, type, "2026-11-24T09:02:12Z", subject, data);
    }
}
