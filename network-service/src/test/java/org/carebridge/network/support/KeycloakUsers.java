package org.carebridge.network.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Creates users in the test Keycloak's carebridge realm through its admin REST API (as the master realm's admin),
 * each in a region of its own so that no other test, and no cached answer, knows them.
 */
public final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A user created here; password {@code <username>-demo} like the demo users. */
    public record User(String username, String email, String region) {
        public String password() {
            return username + "-demo";
        }
    }

    private KeycloakUsers() {
    }

    /** A region name nobody used before. */
    public static String freshRegion() {
        return "region-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A user with the given realm role in the region, with a verified email; never logged in anywhere. */
    public static User create(String role, String region) {
        String username = role.substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8);
        User user = new User(username, username + "@carebridge.example", region);
        String admin = adminToken();
        Map<String, Object> representation = Map.of("username", username, "enabled", true, "email", user.email(),
                "emailVerified", true, "firstName", "Test", "lastName", username,
                "attributes", Map.of("region", List.of(region)),
                "credentials", List.of(Map.of("type", "password", "value", user.password(), "temporary", false)));
        HttpResponse<String> created = send(admin, "POST", "/users", representation);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonNode roleRepresentation = json(send(admin, "GET", "/roles/" + role, null));
        send(admin, "POST", "/users/" + id + "/role-mappings/realm", List.of(roleRepresentation));
        return user;
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
