package org.carebridge.platform.audit;

import org.carebridge.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every service's audit line of a consumed event names it the same way: the event's id, then its producer. */
class AuditTrailTest {

    @Test
    void anAppliedEventIsNamedByItsIdAndProducer() {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, "6f1c", "/case-service", "case.escalated.v1",
                OffsetDateTime.now(), "s", "application/json", null);

        assertEquals("event 6f1c from /case-service", AuditTrail.fromEvent(event));
    }
}
