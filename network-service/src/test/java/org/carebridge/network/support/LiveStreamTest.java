package org.carebridge.network.support;

import io.quarkus.test.common.http.TestHTTPResource;
import org.carebridge.network.SseStream;

import java.net.URI;
import java.time.Duration;

/**
 * Base of the tests that listen on a user's live stream (while they move the clock, as the bridge's tests do). A
 * stream is handed over only once its "connected" event arrived, so a test acts on a stream the service has taken,
 * not on a request still under way.
 */
public abstract class LiveStreamTest extends TimeMovingTest {

    /** Far above what an event takes to arrive, so that only an event that never comes fails a test. */
    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/api/network/notifications")
    protected URI stream;

    /** The user's live stream, connected; the caller closes it. */
    protected SseStream connected(String username) throws InterruptedException {
        SseStream opened = SseStream.open(stream, username);
        try {
            opened.await(e -> "connected".equals(e.name()), PATIENCE);
            return opened;
        } catch (InterruptedException | RuntimeException | Error e) {
            opened.close();
            throw e;
        }
    }
}
