package org.carebridge.network.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A listener whose stream is still busy with the last event keeps its stream, and gets what came meanwhile; every
 * listener hears the hub's heartbeat; a stopping replica ends every stream at once.
 */
class NotificationHubTest {

    private final NotificationHub hub = new NotificationHub();

    @AfterEach
    void stopTicking() {
        hub.close();
    }

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

    /**
     * What a stream is made of (NotificationResource: news merged with the heartbeat) ends when the replica starts to
     * stop, so the shutdown's wait for requests in flight does not wait out its timeout for streams that never end.
     */
    @Test
    void closingEndsEveryStreamAtOnceAndTakesNoNewListener() {
        Multi<Object> news = hub.of("north", "bruno", true).map(n -> n);
        Multi<Object> heartbeats = hub.heartbeats().map(tick -> tick);
        AssertSubscriber<Object> stream = Multi.createBy().merging().streams(news, heartbeats)
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        assertTrue(hub.open());
        hub.committed(step(null, "north"));
        stream.assertNotTerminated();

        hub.close();

        stream.assertCompleted();
        assertEquals(1, stream.getItems().size(), "what came before the stop was delivered");
        assertFalse(hub.open(), "a stopping replica takes no new listener (NotificationResource answers 503)");
        hub.committed(step(null, "north")); // a commit heard while stopping is no failure
        hub.of("north", "bruno", true).subscribe().withSubscriber(AssertSubscriber.create(1)).assertCompleted();
    }

    @Test
    void everyListenerHearsTheHeartbeatAndABusyOneSkipsATick() {
        NotificationHub ticking = new NotificationHub(Duration.ofMillis(20));
        try {
            AssertSubscriber<Long> reading = ticking.heartbeats().subscribe()
                    .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
            AssertSubscriber<Long> busy = ticking.heartbeats().subscribe().withSubscriber(AssertSubscriber.create(0));
            reading.awaitItems(3);
            busy.assertNotTerminated(); // ticks it could not take were skipped, not a failure that ends its stream
            assertEquals(0, busy.getItems().size());
            busy.request(1);
            busy.awaitItems(1);
        } finally {
            ticking.close();
        }
    }
}
