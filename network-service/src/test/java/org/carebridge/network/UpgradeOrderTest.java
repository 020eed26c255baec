package org.carebridge.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * case-service upgraded before network-service: its events name a barrier, a tried measure, a handover reason, an
 * urgency and an age band this release does not know yet, and fields it has never seen. Each is applied (growing
 * vocabularies read as OTHER, closed ones as their safe reading, kept raw with the inbox row), not dead-lettered:
 * stored at all means applied, as the connector dead-letters an event instead of applying it, never both.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class UpgradeOrderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anEscalationFromANewerCaseServiceIsAppliedNotDeadLettered() {
        NetworkEvents.Escalated event = NetworkEvents.escalated("north");
        ObjectNode data = event.data();
        data.put("barrier", "DIGITAL_EXCLUSION");
        data.putArray("triedMeasures").add("TEAM_MEETING").add("PEER_MENTOR");
        data.put("urgency", "CRITICAL");
        data.put("ageBand", "16-19");
        data.putObject("addedInALaterRelease").put("interpreterNeeded", true);

        TestEvents.publish(StackSupport.kafka(), "case.escalations", event.caseId().toString(), event.json(data));
        Db db = Db.ofService();
        await().atMost(PATIENCE).until(() -> db.count("select count(*) from escalation where id = ?",
                event.escalationId()) == 1);
        assertEquals(List.of("OTHER"), db.strings("select barrier from escalation where id = ?", event.escalationId()));
        assertEquals(List.of("{TEAM_MEETING,OTHER}"),
                db.strings("select tried_measures::text from escalation where id = ?", event.escalationId()));
        assertEquals(List.of("HIGH"), db.strings("select urgency from escalation where id = ?", event.escalationId()),
                "an urgency we do not know reads as the most urgent");
        assertEquals(List.of("16-17"), db.strings("select age_band from escalation where id = ?", event.escalationId()),
                "a band we do not know reads as ours holding its lowest age");
        assertEquals(List.of("/barrier=DIGITAL_EXCLUSION, /urgency=CRITICAL, /triedMeasures/1=PEER_MENTOR"),
                db.strings("select unrecognised from inbox_event where event_id = ?", event.eventId()));
    }

    @Test
    void aHandoverForAReasonAddedLaterIsTracked() {
        UUID caseId = UUID.randomUUID();
        UUID handoverId = UUID.randomUUID();
        ObjectNode data = NetworkEvents.handoverRequested(handoverId, caseId, "north", "FOSTER_PLACEMENT", null, null);
        data.put("interpreterNeeded", true);

        TestEvents.publish(StackSupport.kafka(), "case.handovers", caseId.toString(),
                NetworkEvents.caseEvent("case.handover-requested.v1", caseId, data));
        Db db = Db.ofService();
        await().atMost(PATIENCE).until(() -> db.count("select count(*) from handover where id = ?", handoverId) == 1);
        assertEquals(List.of("OTHER"), db.strings("select reason from handover where id = ?", handoverId));
    }
}
