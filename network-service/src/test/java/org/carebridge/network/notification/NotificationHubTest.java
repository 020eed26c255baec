package org.carebridge.network.notification;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A listener whose stream is still busy with the last event keeps its stream, and gets what came meanwhile. */
class NotificationHubTest {

    private final NotificationHub hub = new NotificationHub();

    private static BridgeNotification step(String recipient, String region) {
        return new BridgeNotification(BridgeNotification.Kind.STEP, region, recipient, UUID.randomUUID(),
                UUID.randomUUID(), "CLAIMED", OffsetDateTime.now());
    }

    @Test
    void aListenerThatHasNotAskedForMoreYetLosesNothing() {
        AssertSubscriber<BridgeNotification> anna = hub.of("north", "anna", false)
                .subscribe().withSubscriber(AssertSubscriber.create(1)); // the SSE writer asks one at a time
        hub.committed(step("anna", "north"));
        for (int i = 0; i < 20; i++) {
            hub.committed(step("ben", "north")); // another listener's news passes by meanwhile
            hub.committed(step("anna", "north"));
        }
        anna.assertNotTerminated();
        assertEquals(1, anna.getItems().size(), "one asked for, one delivered");
        anna.request(100);
        assertEquals(21, anna.getItems().size(), "what came meanwhile is delivered, in order, and nothing else");
        anna.assertNotTerminated();
    }

    @Test
    void aCoordinatorHearsTheRegionAndACaseWorkerOnlyWhatIsAddressedToHer() {
        AssertSubscriber<BridgeNotification> bruno = hub.of("north", "bruno", true)
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<BridgeNotification> anna = hub.of("north", "anna", false)
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        hub.committed(step(null, "north"));
        hub.committed(step(null, "south"));
        hub.committed(step("anna", "north"));
        assertEquals(1, bruno.getItems().size());
        assertEquals(1, anna.getItems().size());
        assertEquals("anna", anna.getItems().get(0).recipient());
    }

    @Test
    void aListenerThatNeverReadsIsLetGoOnceTooMuchWaits() {
        AssertSubscriber<BridgeNotification> gone = hub.of("north", "anna", false)
                .subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<BridgeNotification> reading = hub.of("north", "anna", false)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        for (int i = 0; i <= NotificationHub.WAITING_PER_LISTENER; i++) {
            hub.committed(step("anna", "north"));
        }
        gone.assertFailedWith(io.smallrye.mutiny.subscription.BackPressureFailure.class);
        reading.assertNotTerminated();
        assertEquals(NotificationHub.WAITING_PER_LISTENER + 1, reading.getItems().size());
    }
}
