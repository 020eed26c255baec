package org.carebridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import java.util.stream.Collectors;

/**
 * The REST API as a user reaches it: through the gateway, with a real Keycloak token of a demo user (password
 * grant of the test client, the same as the README's curl walk). Tokens are renewed before they expire.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4); // tokens live 15 minutes

    private final RunningSystem system;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, long renewAtNanos) {
    }

    Api(RunningSystem system) {
        this(system, system.gatewayUrl());
    }

    /** The same users and tokens against another server: the peer checks Keycloak's tokens too. */
    Api(RunningSystem system, String baseUrl) {
        this.system = system;
        this.baseUrl = baseUrl;
    }

    RunningSystem system() {
        return system;
    }

    HttpClient http() {
        return http;
    }

    /**
     * One login per user and renewal, however many threads ask at once: Keycloak's brute-force protection refuses
     * even correct passwords when one user logs in dozens of times in a second.
     */
    String token(String user) {
        return tokens.compute(user, (u, t) -> t == null || System.nanoTime() > t.renewAtNanos()
                ? new Token(fetchToken(u), System.nanoTime() + TOKEN_REUSE.toNanos()) : t).value();
    }

    HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user));
    }

    /** GET or POST (body != null) a JSON resource; any answer but 2xx stops the benchmark with what it said. */
    JsonNode call(String user, String path, Object body) {
        HttpRequest.Builder b = request(user, path).header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(body)));
        }
        HttpResponse<String> response = send(b.build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : read(response.body());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String fetchToken(String user) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "carebridge-tests",
                "client_secret", "carebridge-tests-secret", "username", user, "password", user + "-demo",
                "scope", "openid"); // a live stream needs it: the gateway checks its sign-in at Keycloak's userinfo
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(system.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
        }
        return read(response.body()).get("access_token").asText();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }
}
