package org.carebridge.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.network.NetworkEvents.caseEvent;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bridge's own copies of what case-service announces: withdrawals take escalations out of the inbox, alerts
 * enter the region's alert list, handovers are tracked. Every event is published twice (and again under a new
 * event id where that can happen): the second delivery changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class BridgeConsumersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Test
    void aWithdrawnEscalationLeavesTheInboxOnce() {
        Escalated event = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        String withdrawal = caseEvent("case.escalation-withdrawn.v1", event.caseId(), NetworkEvents.withdrawn(event));
        String resent = caseEvent("case.escalation-withdrawn.v1", event.caseId(), NetworkEvents.withdrawn(event));
        publishThenMarker(event.caseId(), "case.escalations", withdrawal, withdrawal, resent);

        as("bruno").get("/api/network/escalations/{id}", event.escalationId()).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.withdrawnBy", equalTo("anna"))
                .body("withdrawal.withdrawnAt", equalTo("2026-11-24T08:00:00Z"));
        as("bruno").queryParam("status", "NEW").queryParam("size", 100).get("/api/network/escalations")
                .then().statusCode(200).body("items.id", not(hasItem(event.escalationId().toString())));
        as("bruno").queryParam("status", "WITHDRAWN").queryParam("size", 100).get("/api/network/escalations")
                .then().statusCode(200).body("items.id", hasItem(event.escalationId().toString()));
        assertEquals(1, db().count("select count(*) from audit_entry where object_id = ? and action = 'WITHDRAWN'",
                event.escalationId().toString()));
        // withdrawn is closed: the bridge can no longer claim it
        as("bruno").post("/api/network/escalations/{id}/claim", event.escalationId()).then().statusCode(409);
    }

    @Test
    void anAlertEntersTheAlertListOfItsRegionOnlyAndOnlyOnce() {
        UUID caseId = UUID.randomUUID();
        ObjectNode data = NetworkEvents.alert(caseId, "north", "AGE_18_WITHOUT_TRANSITION", "2027-03");
        String alert = caseEvent("case.alert-raised.v1", caseId, data);
        String resent = caseEvent("case.alert-raised.v1", caseId, data);
        publishThenMarker(caseId, "case.alerts", alert, alert, resent);

        String alertId = data.get("alertId").asText();
        assertEquals(1, db().count("select count(*) from alert where id = ?", UUID.fromString(alertId)));
        as("bruno").queryParam("size", 100).get("/api/network/alerts").then().statusCode(200)
                .body("items.find { it.id == '" + alertId + "' }.kind", equalTo("AGE_18_WITHOUT_TRANSITION"))
                .body("items.find { it.id == '" + alertId + "' }.turns18In", equalTo("2027-03"))
                .body("items.find { it.id == '" + alertId + "' }.caseId", equalTo(caseId.toString()))
                .body("items.findAll { it.id == '" + alertId + "' }.size()", equalTo(1));
        as("sofie").queryParam("size", 100).get("/api/network/alerts").then().statusCode(200)
                .body("items.id", not(hasItem(alertId)));
    }

    @Test
    void anAlertOfAKindWeHaveNoCodeForIsListedWithItsKindAsSent() {
        UUID caseId = UUID.randomUUID();
        ObjectNode data = NetworkEvents.alert(caseId, "north", "A_KIND_ADDED_AFTER_US", null);
        data.put("daysSinceSomething", 21); // its own text parameter: ignored, not refused
        publishThenMarker(caseId, "case.alerts", caseEvent("case.alert-raised.v1", caseId, data));

        as("bruno").queryParam("size", 100).get("/api/network/alerts").then().statusCode(200)
                .body("items.find { it.id == '" + data.get("alertId").asText() + "' }.kind",
                        equalTo("A_KIND_ADDED_AFTER_US"));
    }

    @Test
    void handoversAreTrackedFromRequestToAnswer() {
        UUID caseId = UUID.randomUUID();
        UUID accepted = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        ObjectNode first = NetworkEvents.handoverRequested(accepted, caseId, "north", "AGE_18_TRANSITION",
                "2027-02-01", "2027-03");
        ObjectNode second = NetworkEvents.handoverRequested(declined, caseId, "north", "SCHOOL_TO_WORK", null, null);
        String request = caseEvent("case.handover-requested.v1", caseId, first);
        String acceptance = caseEvent("case.handover-accepted.v1", caseId, NetworkEvents.handoverAnswer(first, true));
        String decline = caseEvent("case.handover-declined.v1", caseId, NetworkEvents.handoverAnswer(second, false));
        publishThenMarker(caseId, "case.handovers", request, request,
                caseEvent("case.handover-requested.v1", caseId, first), // the same request under a new event id
                caseEvent("case.handover-requested.v1", caseId, second),
                acceptance, acceptance, decline, decline);

        assertEquals("ACCEPTED", db().strings("select status from handover where id = ?", accepted).get(0));
        assertEquals("ben", db().strings("select new_lead_username from handover where id = ?", accepted).get(0));
        assertEquals("DECLINED", db().strings("select status from handover where id = ?", declined).get(0));
        assertEquals(2, db().count("select count(*) from handover where case_id = ? and reason <> 'LEAD_CHANGE'", caseId));
        assertEquals(1, db().count("select count(*) from audit_entry where object_id = ? and action = 'ACCEPTED'",
                accepted.toString()));
    }

    /**
     * Publishes on the case's key, then a fresh marker event behind them on the same partition, and waits until the
     * marker is applied: by then every delivery before it, duplicates included, has been consumed.
     */
    private void publishThenMarker(UUID caseId, String topic, String... values) {
        String marker = switch (topic) {
            case "case.escalations" -> NetworkEvents.envelope(UUID.randomUUID().toString(), "carebridge/case-service",
                    "case.escalated.v1", caseId.toString(), NetworkEvents.escalated("north").data());
            case "case.alerts" -> caseEvent("case.alert-raised.v1", caseId,
                    NetworkEvents.alert(caseId, "north", "INACTIVITY", null));
            default -> caseEvent("case.handover-requested.v1", caseId, NetworkEvents.handoverRequested(
                    UUID.randomUUID(), caseId, "north", "LEAD_CHANGE", null, null));
        };
        String[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = marker;
        TestEvents.publish(StackSupport.kafka(), topic, caseId.toString(), all);
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from inbox_event where event_id = ?",
                Bridge.eventId(marker)) == 1);
    }

    private Db db() {
        return new Db(dataSource);
    }
}
