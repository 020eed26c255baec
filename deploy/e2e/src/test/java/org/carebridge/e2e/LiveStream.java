package org.carebridge.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A user's live stream ({@code /api/me/notifications} through the gateway), read as a browser's EventSource would:
 * every {@code event:} name with the {@code data:} line after it, kept in order until {@link #close}; when the
 * stream ends, it connects again a second later (with a fresh token), as EventSource does. Each connection's end is
 * kept in {@link #history()}, so that a test failing on a missing event can tell whether the stream was there.
 */
final class LiveStream implements AutoCloseable {

    /** One Server-Sent Event as it arrived. */
    record Received(String event, String data) {
    }

    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final Supplier<String> accessToken;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> history = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> firstStatus = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile CompletableFuture<HttpResponse<Stream<String>>> current;
    private volatile Stream<String> lines;

    private LiveStream(String gatewayUrl, Supplier<String> accessToken) {
        this.url = gatewayUrl + "/api/me/notifications";
        this.accessToken = accessToken;
        connect();
    }

    /** Opens the stream; {@code accessToken} is asked again for each reconnection. */
    static LiveStream open(String gatewayUrl, Supplier<String> accessToken) {
        return new LiveStream(gatewayUrl, accessToken);
    }

    private void connect() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + accessToken.get()).header("Accept", "text/event-stream").GET().build();
        current = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        current.whenComplete((response, failure) -> {
            if (failure != null) {
                ended("failed: " + failure);
                return;
            }
            firstStatus.complete(response.statusCode());
            String[] event = {null};
            lines = response.body();
            try (Stream<String> body = lines) {
                body.forEach(line -> {
                    if (line.startsWith("event:")) {
                        event[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event[0] != null) {
                        received.add(new Received(event[0], line.substring(5).trim()));
                        event[0] = null;
                    }
                });
                ended("status " + response.statusCode() + ", the stream ended");
            } catch (RuntimeException e) {
                ended("status " + response.statusCode() + ", reading failed: " + e);
            }
        });
    }

    private void ended(String how) {
        firstStatus.complete(-1);
        if (closed) {
            return;
        }
        history.add(LocalTime.now() + " " + how);
        CompletableFuture.delayedExecutor(RECONNECT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> {
                    if (!closed) {
                        connect();
                    }
                });
    }

    /** The status of the first connection. */
    int status() {
        return firstStatus.join();
    }

    /** The events of a kind received so far (heartbeats and the opening {@code connected} included). */
    List<Received> of(String event) {
        return received.stream().filter(r -> r.event().equals(event)).toList();
    }

    /** How each connection so far ended, and what arrived: for the message of a failed assertion. */
    String history() {
        return "connections ended: " + history + "; events: " + received.stream().map(Received::event).toList();
    }

    @Override
    public void close() {
        closed = true;
        if (current != null) {
            current.cancel(true);
        }
        if (lines != null) {
            lines.close();
        }
    }
}
