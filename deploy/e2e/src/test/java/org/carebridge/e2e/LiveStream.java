package org.carebridge.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A user's live stream ({@code /api/me/notifications} through the gateway), read as a browser's EventSource would:
 * every {@code event:} name with the {@code data:} line after it, kept in order until {@link #close}.
 */
final class LiveStream implements AutoCloseable {

    /** One Server-Sent Event as it arrived. */
    record Received(String event, String data) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    private LiveStream(String gatewayUrl, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/me/notifications"))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "text/event-stream").GET().build();
        response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            lines = r.body();
            String[] event = {null};
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring(6).trim();
                } else if (line.startsWith("data:") && event[0] != null) {
                    received.add(new Received(event[0], line.substring(5).trim()));
                    event[0] = null;
                }
            });
        });
    }

    static LiveStream open(String gatewayUrl, String accessToken) {
        return new LiveStream(gatewayUrl, accessToken);
    }

    int status() {
        return response.join().statusCode();
    }

    /** The events of a kind received so far (heartbeats and the opening {@code connected} included). */
    List<Received> of(String event) {
        return received.stream().filter(r -> r.event().equals(event)).toList();
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
        response.cancel(true);
    }
}
