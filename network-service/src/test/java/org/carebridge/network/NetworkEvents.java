package org.carebridge.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.network.teamnotice.ReferralStepV1;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;

import java.util.List;
import java.util.UUID;

import static org.carebridge.stack.testing.TestEvents.pseudonym;

/** Builds the events other services send to network-service, in their wire shape, and publishes them for real. */
public final class NetworkEvents {

    public static final ObjectMapper JSON = new ObjectMapper();

    private NetworkEvents() {
    }

    /** A fresh case.escalated.v1 in the shape of the brief (case-service's contract). */
    public static Escalated escalated(String region) {
        UUID caseId = UUID.randomUUID();
        return new Escalated(UUID.randomUUID().toString(), UUID.randomUUID(), caseId, region, pseudonym(caseId),
                "Tried a team meeting with the school; marker " + UUID.randomUUID());
    }

    public record Escalated(String eventId, UUID escalationId, UUID caseId, String region, String pseudonym,
                            String whatWasTried) {

        public ObjectNode data() {
            ObjectNode data = JSON.createObjectNode();
            data.put("escalationId", escalationId.toString());
            data.put("caseId", caseId.toString());
            data.put("region", region);
            data.put("pseudonym", pseudonym);
            data.put("ageBand", "16-17");
            data.putArray("domains").add("SCHOOL");
            data.put("intensity", "INTENSIVE");
            data.put("barrier", "SCHOOL_ACCESS");
            data.put("urgency", "HIGH");
            data.put("whatWasTried", whatWasTried);
            data.putArray("triedMeasures").add("TEAM_MEETING");
            data.put("raisedBy", "anna");
            data.put("raisedAt", "2026-11-23T10:15:30Z");
            return data;
        }

        public String json() {
            return json(data());
        }

        /** The envelope around data changed from {@link #data()} (another barrier, urgency, ...). */
        public String json(ObjectNode data) {
            return envelope(eventId, "carebridge/case-service", "case.escalated.v1", caseId.toString(), data);
        }

        /** Same escalation, announced again under a new event id (a producer retry after a lost acknowledgement). */
        public Escalated resentAsNewEvent() {
            return new Escalated(UUID.randomUUID().toString(), escalationId, caseId, region, pseudonym, whatWasTried);
        }
    }

    /** case.escalation-withdrawn.v1 data for an escalation, in case-service's wire shape. */
    public static ObjectNode withdrawn(Escalated escalation) {
        ObjectNode data = JSON.createObjectNode();
        data.put("escalationId", escalation.escalationId().toString());
        data.put("caseId", escalation.caseId().toString());
        data.put("region", escalation.region());
        data.put("withdrawnBy", "anna");
        data.put("withdrawnAt", "2026-11-24T08:00:00Z");
        return data;
    }

    /** case.alert-raised.v1 data, in case-service's wire shape. */
    public static ObjectNode alert(UUID caseId, String region, String kind, String turns18In) {
        ObjectNode data = JSON.createObjectNode();
        data.put("alertId", UUID.randomUUID().toString());
        data.put("caseId", caseId.toString());
        data.put("region", region);
        data.put("pseudonym", pseudonym(caseId));
        data.put("ageBand", "16-17");
        data.put("kind", kind);
        data.put("cause", "age-18:" + caseId);
        data.put("leadUsername", "anna");
        data.put("turns18In", turns18In);
        data.put("raisedAt", "2026-11-23T02:00:00Z");
        return data;
    }

    /** case.handover-requested.v1 data, in case-service's wire shape. */
    public static ObjectNode handoverRequested(UUID handoverId, UUID caseId, String region, String reason,
                                              String dueBy, String turns18In) {
        ObjectNode data = JSON.createObjectNode();
        data.put("handoverId", handoverId.toString());
        data.put("caseId", caseId.toString());
        data.put("region", region);
        data.put("pseudonym", pseudonym(caseId));
        data.put("ageBand", "16-17");
        data.put("scope", "CASE");
        data.put("reason", reason);
        data.put("fromUsername", "anna");
        data.put("fromOrganisation", "school");
        data.put("toUsername", "ben");
        data.put("toOrganisation", "social-services");
        data.put("requestedBy", "anna");
        data.put("requestedAt", "2026-11-25T09:30:00Z");
        data.put("dueBy", dueBy);
        data.put("turns18In", turns18In);
        return data;
    }

    /** case.handover-accepted.v1 or -declined.v1 data answering a request. */
    public static ObjectNode handoverAnswer(ObjectNode request, boolean accepted) {
        ObjectNode data = JSON.createObjectNode();
        for (String field : List.of("handoverId", "caseId", "region", "scope", "reason")) {
            data.set(field, request.get(field));
        }
        if (accepted) {
            data.put("acceptedBy", "ben");
            data.put("acceptedOrganisation", "social-services");
            data.put("newLeadUsername", "ben");
            data.put("acceptedAt", "2026-11-27T11:00:00Z");
        } else {
            data.put("declinedBy", "ben");
            data.put("declinedAt", "2026-11-27T11:00:00Z");
        }
        return data;
    }

    /**
     * A case.team-changed.v1 envelope of a closed team of one lead; its event id is "caseId/sequence/random", so a
     * test can find its inbox row.
     */
    public static String teamOfOne(UUID caseId, String region, long sequence, String username, String organisation,
                                   String role) {
        ObjectNode data = JSON.createObjectNode();
        data.put("caseId", caseId.toString());
        data.put("region", region);
        data.put("sequence", sequence);
        ObjectNode member = data.putArray("members").addObject();
        member.put("username", username);
        member.put("organisation", organisation);
        member.put("role", role);
        member.put("lead", true);
        data.put("closed", true);
        data.put("changedAt", "2026-11-24T09:12:00Z");
        return envelope(caseId + "/" + sequence + "/" + UUID.randomUUID(), "carebridge/case-service",
                "case.team-changed.v1", caseId.toString(), data);
    }

    /** A case-service envelope with a fresh event id, subject = case id. */
    public static String caseEvent(String type, UUID caseId, ObjectNode data) {
        return envelope(UUID.randomUUID().toString(), "carebridge/case-service", type, caseId.toString(), data);
    }

    public static ObjectNode advice(UUID referralId, UUID escalationId, String pseudonym, String text) {
        ObjectNode data = JSON.createObjectNode();
        data.put("adviceId", UUID.randomUUID().toString());
        data.put("referralId", referralId.toString());
        data.put("escalationId", escalationId.toString());
        data.put("pseudonym", pseudonym);
        data.put("advice", text);
        data.put("givenBy", "ada");
        data.put("givenAt", "2026-11-25T14:40:00Z");
        return data;
    }

    /** advisory.referral-step.v1 as advisory-service sends it (its AsyncAPI example's fields); text: a decision's. */
    public static ObjectNode referralStep(UUID referralId, UUID escalationId, String step, String actor, String text) {
        ObjectNode data = JSON.createObjectNode();
        data.put("stepId", UUID.randomUUID().toString());
        data.put("referralId", referralId.toString());
        data.put("escalationId", escalationId.toString());
        data.put("step", step);
        data.put("owner", "ada");
        data.put("dueDate", "2026-12-20");
        data.put("at", "2026-12-10T10:00:00Z");
        data.put("actor", actor);
        data.putNull("sessionId");
        if (text == null) {
            data.putNull("decision");
        } else {
            data.putObject("decision").put("text", text).put("owner", "ada").put("dueDate", "2026-12-20")
                    .put("final", false);
        }
        data.putNull("reason");
        return data;
    }

    /** Publishes the step on advisory.steps, keyed by its escalation as advisory-service keys it; its event id. */
    public static String publishReferralStep(ObjectNode step) {
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(StackSupport.kafka(), ReferralStepV1.TOPIC, step.get("escalationId").asText(),
                envelope(eventId, "carebridge/advisory-service", ReferralStepV1.TYPE,
                        step.get("referralId").asText(), step));
        return eventId;
    }

    /** An envelope stamped with one fixed time, so that every event a test sends is alike but for its data. */
    public static String envelope(String id, String source, String type, String subject, ObjectNode data) {
        return TestEvents.envelope(id, source, type, "2026-11-23T10:15:31Z", subject, data);
    }
}
