package org.carebridge.platform.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rolling restart stops the relay between batches: shutdown waits for the batch in flight to be sent and marked,
 * and no further batch starts, although a full one says more is waiting (the next instance relays it).
 */
class RelayShutdownTest {

    private static final int BATCH = 3;

    private final CountDownLatch inFlight = new CountDownLatch(1);
    private final CountDownLatch acknowledged = new CountDownLatch(1);
    private final List<String> happened = new CopyOnWriteArrayList<>();

    /** A relay whose every batch is full; the first waits for the broker's acknowledgement the test gives. */
    private final OutboxRelay relay = new OutboxRelay(null, null, BATCH, Duration.ofSeconds(10)) {
        @Override
        int relayBatch() {
            happened.add("batch sent");
            inFlight.countDown();
            try {
                assertTrue(acknowledged.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            happened.add("batch marked");
            return BATCH;
        }
    };

    @Test
    void shutdownLetsTheBatchInFlightFinishAndStartsNoOther() throws InterruptedException {
        relay.afterCommit(new Outbox.OutboxWritten());
        assertTrue(inFlight.await(30, TimeUnit.SECONDS));

        Thread sigterm = new Thread(() -> {
            relay.shutdown(null);
            happened.add("shutdown done");
        });
        sigterm.start();
        while (sigterm.getState() != Thread.State.TIMED_WAITING && sigterm.isAlive()) {
            Thread.onSpinWait(); // until shutdown waits for the relay thread
        }
        acknowledged.countDown();
        sigterm.join(TimeUnit.SECONDS.toMillis(30));

        assertEquals(List.of("batch sent", "batch marked", "shutdown done"), happened);
    }
}
