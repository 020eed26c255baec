package org.carebridge.network.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A live stream ends when its news end (the replica is stopping), although its heartbeats would go on for ever. */
class NotificationResourceTest {

    @Test
    void theStreamEndsWithItsNewsAndStopsItsHeartbeats() {
        BroadcastProcessor<String> news = BroadcastProcessor.create();
        BroadcastProcessor<String> heartbeats = BroadcastProcessor.create(); // never completes, as the ticks
        AtomicBoolean heartbeatsStopped = new AtomicBoolean();
        String end = "end";
        AssertSubscriber<String> stream = NotificationResource.whileNewsLast(news, heartbeats.onCancellation()
                .invoke(() -> heartbeatsStopped.set(true)), end).subscribe().withSubscriber(AssertSubscriber.create(10));

        news.onNext("STEP");
        heartbeats.onNext("heartbeat");
        news.onNext("ALERT");
        stream.assertNotTerminated();
        news.onComplete();

        stream.assertCompleted();
        assertEquals(List.of("STEP", "heartbeat", "ALERT"), stream.getItems(), "the end marker is not sent");
        assertTrue(heartbeatsStopped.get(), "the heartbeats stop with the stream");
    }

    @Test
    void heartbeatsAloneKeepTheStreamOpen() {
        BroadcastProcessor<String> heartbeats = BroadcastProcessor.create();
        AssertSubscriber<String> stream = NotificationResource.whileNewsLast(Multi.createFrom().nothing(), heartbeats,
                "end").subscribe().withSubscriber(AssertSubscriber.create(10));
        heartbeats.onNext("heartbeat");
        stream.assertNotTerminated();
        assertEquals(List.of("heartbeat"), stream.getItems());
    }
}
