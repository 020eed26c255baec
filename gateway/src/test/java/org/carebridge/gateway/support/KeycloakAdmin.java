package org.carebridge.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.stack.Keycloak;
import org.carebridge.stack.testing.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The test Keycloak's admin API (as the master realm's admin): users made on the fly, disabled or signed out as an
 * administrator would, a copy of the tests' client whose tokens live a few seconds, and tokens of other clients.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A user made here; password {@code <username>-demo}. */
    public record User(String id, String username) {
        public String password() {
            return username + "-demo";
        }

        public String token() {
            return KeycloakTokens.requestToken(username, password());
        }
    }

    private KeycloakAdmin() {
    }

    /** A new bridge coordinator of a region of their own. */
    public static User createUser() {
        String username = "gw-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = adminToken();
        HttpResponse<String> created = send(admin, "POST", "/users", Map.of("username", username, "enabled", true,
                "email", username + "@carebridge.example", "emailVerified", true, "firstName", "Test",
                "lastName", username, "attributes", Map.of("region", List.of("region-" + username)),
                "credentials", List.of(Map.of("type", "password", "value", username + "-demo", "temporary", false))));
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonNode role = json(send(admin, "GET", "/roles/bridge-coordinator", null));
        send(admin, "POST", "/users/" + id + "/role-mappings/realm", List.of(role));
        return new User(id, username);
    }

    public static void disable(User user) {
        send(adminToken(), "PUT", "/users/" + user.id(), Map.of("enabled", false));
    }

    /** What "Sign out" on the user's sessions in the admin console does. */
    public static void signOut(User user) {
        send(adminToken(), "POST", "/users/" + user.id() + "/logout", null);
    }

    /** A token of {@code user} through a copy of the tests' client whose access tokens live {@code seconds}. */
    public static String shortLivedToken(User user, int seconds) {
        String admin = adminToken();
        ObjectNode client = (ObjectNode) json(send(admin, "GET", "/clients?clientId=" + KeycloakTokens.CLIENT_ID,
                null)).get(0);
        String clientId = "gw-short-" + UUID.randomUUID().toString().substring(0, 8);
        client.remove("id");
        client.put("clientId", clientId);
        client.put("secret", KeycloakTokens.CLIENT_SECRET);
        client.withObject("/attributes").put("access.token.lifespan", String.valueOf(seconds));
        client.withArray("protocolMappers").forEach(m -> ((ObjectNode) m).remove("id"));
        send(admin, "POST", "/clients", client);
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
        return json(exchange(request)).get("access_token").asText();
    }

    private static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(Keycloak.ADMIN_USER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Keycloak.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakTokens.keycloakUrl()
                        + "/realms/master/protocol/openid-connect/token")).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return json(exchange(request)).get("access_token").asText();
    }

    private static HttpResponse<String> send(String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KeycloakTokens.keycloakUrl()
                            + "/admin/realms/" + Keycloak.REALM + path)).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return exchange(request.build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
