package org.carebridge.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carebridge.stack.Http;
import org.carebridge.stack.Sleep;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway as the demo users' browser would call it: a real token per user (password grant of the realm's
 * {@code carebridge-tests} client, password {@code <username>-demo}), JSON in and out. Every service applies its
 * own rules, writes its own audit lines and sends its own events, as for a person.
 */
final class DemoClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tokens live 15 minutes; a fresh one every five is plenty and never expires mid-load. */
    private static final Duration TOKEN_FOR = Duration.ofMinutes(5);
    /** A minute of refusals in a row: the limit refills in seconds, so something else is wrong by then. */
    private static final int RATE_LIMITED_TRIES = 60;

    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode expect(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + body);
            }
            return body;
        }
    }

    private record Token(String value, long until) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String tokenUrl;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    DemoClient(String gatewayUrl, String keycloakUrl) {
        this.gateway = gatewayUrl;
        this.tokenUrl = keycloakUrl + "/realms/carebridge/protocol/openid-connect/token";
    }

    Answer get(String user, String path) {
        return send(user, "GET", path, null);
    }

    Answer post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    /**
     * The gateway's rate limit per user is a reason to wait, never to give up: the loader's threads acting as one user
     * (east has one case worker) while steps crawl over Kafka on a busy machine poll faster than it allows (a start
     * on 2026-12-05 stopped there: 429 as dirk). A refused call never reached a service, so sending it again is safe.
     */
    Answer send(String user, String method, String path, Object body) {
        for (int tried = 1; ; tried++) {
            Answer answer = sendOnce(user, method, path, body);
            if (answer.status() != 429 || tried == RATE_LIMITED_TRIES) {
                return answer;
            }
            Sleep.millis(1000); // the gateway refills a caller's bucket by ten calls a second
        }
    }

    private Answer sendOnce(String user, String method, String path, Object body) {
        try {
            HttpRequest request = Http.asUser(URI.create(gateway + path), token(user), method,
                    body == null ? null : JSON.writeValueAsString(body));
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " as " + user + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Another tier receives it through Kafka: until then it answers 404, so look again a little later. */
    JsonNode await(String user, String path, java.util.function.Predicate<JsonNode> ready, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Answer answer = get(user, path);
            if (answer.ok() && ready.test(answer.body())) {
                return answer.body();
            }
            if ((!answer.ok() && answer.status() != 404) || System.nanoTime() > deadline) {
                throw new IllegalStateException(user + " never saw " + path + " as expected: HTTP " + answer.status()
                        + " " + answer.body());
            }
            Sleep.millis(300);
        }
    }

    /**
     * Serialised: Keycloak answered 400 to simultaneous first logins of one user, and a token is needed only every
     * few minutes per user anyway.
     */
    private synchronized String token(String user) throws IOException, InterruptedException {
        Token cached = tokens.get(user);
        if (cached != null && System.nanoTime() < cached.until()) {
            return cached.value();
        }
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "carebridge-tests",
                "client_secret", "carebridge-tests-secret", "username", user, "password", user + "-demo");
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        String token = JSON.readTree(response.body()).path("access_token").asText();
        tokens.put(user, new Token(token, System.nanoTime() + TOKEN_FOR.toNanos()));
        return token;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** JSON when it is JSON; a problem the gateway itself wrote as text stays readable in the error message. */
    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
