package org.carebridge.advisory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * network-service upgraded before advisory-service: its referral names a barrier and a tried measure this release
 * does not know yet, and a field it has never seen. The referral is applied (the new values read as OTHER and kept
 * raw with the inbox row), not dead-lettered: the release order of producer and consumer does not matter.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class UpgradeOrderTest {

    @Test
    void aReferralFromANewerBridgeIsAppliedNotDeadLettered() {
        Referred event = AdvisoryEvents.referred("north");
        ObjectNode data = event.data();
        data.put("barrier", "DIGITAL_EXCLUSION");
        data.putArray("triedMeasures").add("TEAM_MEETING").add("PEER_MENTOR");
        data.putObject("addedInALaterRelease").put("interpreterNeeded", true);

        // stored at all means applied: the connector dead-letters an event instead of applying it, never both
        AdvisoryEvents.arrived(event, data);
        Db db = Db.ofService();
        assertEquals(List.of("OTHER"), db.strings("select barrier from referral where id = ?", event.referralId()));
        assertEquals(List.of("{TEAM_MEETING,OTHER}"),
                db.strings("select tried_measures::text from referral where id = ?", event.referralId()));
        assertEquals(List.of("/barrier=DIGITAL_EXCLUSION, /triedMeasures/1=PEER_MENTOR"),
                db.strings("select unrecognised from inbox_event where event_id = ?", event.eventId()));
    }
}
