package org.carebridge.stack.testing;

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
 * Real access tokens from the test Keycloak: password grant of a demo user (password {@code <username>-demo})
 * through the confidential client {@code carebridge-tests}. Tokens are cached for a minute (they live 15).
 */
public final class KeycloakTokens {
    public static final String CLIENT_ID = "carebridge-tests";
    public static final String CLIENT_SECRET = "carebridge-tests-secret";
    private static final Duration CACHE_FOR = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long expiresAtNanos) {
    }

    private KeycloakTokens() {
    }

    /** Access token (JWT) of a demo user, e.g. {@code accessToken("anna")}. */
    public static String accessToken(String username) {
        return accessToken(username, username + "-demo");
    }

    public static String accessToken(String username, String password) {
        String key = keycloakUrl() + "|" + username + "|" + password;
        Cached cached = CACHE.get(key);
        if (cached != null && System.nanoTime() < cached.expiresAtNanos()) {
            return cached.token();
        }
        String token = requestToken(username, password);
        CACHE.put(key, new Cached(token, System.nanoTime() + CACHE_FOR.toNanos()));
        return token;
    }

    /** Fetches a new token every time (no cache), e.g. to test a freshly issued one. */
    public static String requestToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET, "username", username, "password", password, "scope", "openid"), username);
    }

    /** A service account's token (client credentials grant), e.g. of a client whose tokens are not for Carebridge. */
    public static String clientCredentialsToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret),
                clientId);
    }

    private static String token(Map<String, String> form, String who) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + keycloakUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keycloak base URL, e.g. {@code http://127.0.0.1:41234}: the end-to-end system's when this JVM started
     * one with {@link SystemUnderTest#start()}, else the shared test stack's.
     */
    public static String keycloakUrl() {
        SystemUnderTest system = SystemUnderTest.running();
        return system != null ? system.keycloakUrl() : TestStack.current().keycloakUrl();
    }

    /** The realm URL (token issuer): {@code <keycloakUrl>/realms/carebridge}. */
    public static String realmUrl() {
        return keycloakUrl() + "/realms/" + org.carebridge.stack.Keycloak.REALM;
    }

    /** Kafka bootstrap servers of the test stack (convenience; same as {@code TestStack.current()}). */
    public static String bootstrapServers() {
        return TestStack.current().bootstrapServers();
    }

    /** JDBC base URL (without database) of the test stack's PostgreSQL. */
    public static String jdbcBaseUrl() {
        return TestStack.current().jdbcBaseUrl();
    }
}
