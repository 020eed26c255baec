package org.carebridge.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carebridge.stack.Http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway as a user's client sees it: real tokens, JSON, and a request that failed because something was
 * down is tried again after a pause, as a person would press the button again. Only "down" is retried
 * (no connection, 502-504, a 500 while the database restarts); any other answer goes back to the caller.
 * With several gateways, requests take them in turn (as a load balancer in front would), so a retry goes to the next.
 */
final class Gateway {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> bases;
    private final AtomicInteger next = new AtomicInteger();
    private final Tokens tokens = new Tokens();
    /** Retried attempts by what went wrong ("connection", "502", ...), printed with the figures. */
    final Map<String, AtomicLong> retries = new ConcurrentHashMap<>();
    final AtomicLong requests = new AtomicLong();
    /** Each 500 by request and answer, to find which path still fails while something restarts. */
    final Map<String, Integer> serverErrors = new ConcurrentHashMap<>();
    /** Requests sent while a replica was being restarted with SIGTERM, and those of them answered "down". */
    final AtomicLong rollingRequests = new AtomicLong();
    final AtomicLong rollingDown = new AtomicLong();
    private volatile boolean rolling;

    Gateway(List<String> bases) {
        this.bases = List.copyOf(bases);
    }

    /** While true, requests count into {@link #rollingRequests} and {@link #rollingDown}. */
    void rolling(boolean restarting) {
        rolling = restarting;
    }

    Answer get(String user, String path) {
        return send(user, "GET", path, null);
    }

    Answer post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    /** One attempt, no retry: the caller decides whether a repeat is safe (see {@link Journey}). */
    Answer once(String user, String method, String path, Object body) {
        requests.incrementAndGet();
        boolean duringRoll = rolling;
        Answer answer = attempt(user, method, path, body);
        if (duringRoll) {
            rollingRequests.incrementAndGet();
            if (down(answer)) {
                rollingDown.incrementAndGet();
            }
        }
        return answer;
    }

    private Answer attempt(String user, String method, String path, Object body) {
        String base = bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
        try {
            HttpRequest request = Http.asUser(URI.create(base + path), tokens.of(user), method,
                    body == null ? null : JSON.writeValueAsString(body));
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : parse(text);
            if (response.statusCode() == 500) {
                serverErrors.merge(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}").replaceAll("\\?.*", "")
                        + " -> " + json.path("title").asText(text.length() > 120 ? text.substring(0, 120) : text), 1, Integer::sum);
            }
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            return new Answer(-1, JSON.nullNode()); // no connection: the gateway itself is down or restarting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends until an answer that is not "down" arrives; safe for reads and for requests that are idempotent. */
    Answer send(String user, String method, String path, Object body) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long pause = 200;
        while (true) {
            Answer answer = once(user, method, path, body);
            if (!down(answer) || System.nanoTime() > deadline) {
                return answer;
            }
            retried(answer);
            pause(pause);
            pause = Math.min(pause * 2, 3000);
        }
    }

    static boolean down(Answer answer) {
        return answer.status() == -1 || answer.status() == 500 || answer.status() == 502 || answer.status() == 503
                || answer.status() == 504;
    }

    void retried(Answer answer) {
        retries.computeIfAbsent(answer.status() == -1 ? "no connection" : "HTTP " + answer.status(),
                k -> new AtomicLong()).incrementAndGet();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
