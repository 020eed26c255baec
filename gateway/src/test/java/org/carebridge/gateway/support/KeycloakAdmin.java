package org.carebridge.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the gateway's tests need of Keycloak beyond the shared {@link KeycloakDirectory}: a user of its own, a token
 * through a copy of the tests' client whose tokens live a few seconds, and a service account's token.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakAdmin() {
    }

    /** A new bridge coordinator of a region of their own. */
    public static KeycloakDirectory.User createUser() {
        return KeycloakDirectory.ofTestStack().create("bridge-coordinator", KeycloakDirectory.freshRegion());
    }

    public static void disable(KeycloakDirectory.User user) {
        KeycloakDirectory.ofTestStack().disable(user.username());
    }

    /** What "Sign out" on the user's sessions in the admin console does. */
    public static void signOut(KeycloakDirectory.User user) {
        KeycloakDirectory.ofTestStack().signOut(user);
    }

    /** A token of {@code user} through the tests' client. */
    public static String token(KeycloakDirectory.User user) {
        return KeycloakTokens.requestToken(user.username(), user.password());
    }

    /**
     * A token as an API client or the README's curl walk asks for one: password grant without the openid scope, so
     * Keycloak's userinfo endpoint refuses it (403 insufficient_scope) though the sign-in stands.
     */
    public static String tokenWithoutOpenidScope(KeycloakDirectory.User user) {
        return token(Map.of("grant_type", "password", "client_id", KeycloakTokens.CLIENT_ID, "client_secret",
                KeycloakTokens.CLIENT_SECRET, "username", user.username(), "password", user.password()));
    }

    /** A token of {@code user} through a copy of the tests' client whose access tokens live {@code seconds}. */
    public static String shortLivedToken(KeycloakDirectory.User user, int seconds) {
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        ObjectNode client = (ObjectNode) directory.admin("GET", "/clients?clientId=" + KeycloakTokens.CLIENT_ID, null)
                .get(0);
        String clientId = "gw-short-" + UUID.randomUUID().toString().substring(0, 8);
        client.remove("id");
        client.put("clientId", clientId);
        client.put("secret", KeycloakTokens.CLIENT_SECRET);
        client.withObject("/attributes").put("access.token.lifespan", String.valueOf(seconds));
        client.withArray("protocolMappers").forEach(m -> ((ObjectNode) m).remove("id"));
        directory.admin("POST", "/clients", client);
        return token(Map.of("grant_type", "password", "client_id", clientId, "client_secret",
                KeycloakTokens.CLIENT_SECRET, "username", user.username(), "password", user.password(),
                "scope", "openid"));
    }

    /** A service account's token (client credentials grant). */
    public static String clientCredentialsToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakTokens.realmUrl()
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token: HTTP " + answer.statusCode() + " " + answer.body());
            }
            return JSON.readTree(answer.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
