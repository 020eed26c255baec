package org.carebridge.network;

import org.carebridge.stack.testing.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real Server-Sent Events connection with a user's real token; collects events as they arrive. */
public final class SseStream implements AutoCloseable {

    public record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> seen = new ArrayList<>();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<HttpResponse<Void>> response;
    private String name;
    private StringBuilder data = new StringBuilder();

    private SseStream(URI uri, String token) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET().build();
        // the body never ends: take the status from the headers, not from the completed response
        response = HttpClient.newHttpClient().sendAsync(request, info -> {
            status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Flow.Subscriber<>() {
                    @Override
                    public void onSubscribe(Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        line(line);
                    }

                    @Override
                    public void onError(Throwable t) {
                    }

                    @Override
                    public void onComplete() {
                    }
                });
        });
    }

    public static SseStream open(URI uri, String username) {
        return new SseStream(uri, KeycloakTokens.accessToken(username));
    }

    /** The HTTP status, once the response headers arrived. */
    public int status() throws Exception {
        return status.get(30, TimeUnit.SECONDS);
    }

    private synchronized void line(String line) {
        if (line.isEmpty()) {
            if (name != null || !data.isEmpty()) {
                events.add(new Event(name, data.toString()));
            }
            name = null;
            data = new StringBuilder();
        } else if (line.startsWith("event:")) {
            name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
            data.append(line.substring(5).strip());
        }
    }

    /** Waits for the first event (from now or already seen) that matches; fails after the patience. */
    public Event await(Predicate<Event> wanted, Duration patience) throws InterruptedException {
        for (Event e : seen) {
            if (wanted.test(e)) {
                return e;
            }
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Event e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e != null) {
                seen.add(e);
                if (wanted.test(e)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no matching event within " + patience + "; seen " + seen);
    }

    /** Every event received so far. */
    public List<Event> seen() {
        events.drainTo(seen);
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
