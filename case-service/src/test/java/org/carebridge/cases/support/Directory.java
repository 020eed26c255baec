package org.carebridge.cases.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carebridge.stack.Keycloak;
import org.carebridge.stack.testing.KeycloakTokens;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh users in the test Keycloak (admin REST API, as the master realm's admin), each unknown to every other test:
 * team rules are about who a user is, so they are proven with users made for the purpose, not the demo users.
 */
public final class Directory {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Directory() {
    }

    /** A region nobody used before. */
    public static String freshRegion() {
        return "region-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new enabled user (password {@code <username>-demo}) with the realm role and the region; returns the login. */
    public static String user(String role, String region) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = adminToken();
        String location = call(admin, "POST", "/users", Map.of("username", username, "enabled", true,
                "email", username + "@carebridge.example", "emailVerified", true, "firstName", "Test",
                "lastName", username, "attributes", Map.of("region", List.of(region), "organisation", List.of("school")),
                "credentials", List.of(Map.of("type", "password", "value", username + "-demo", "temporary", false))))
                .headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        Object roleRepresentation = read(call(admin, "GET", "/roles/" + role, null).body());
        call(admin, "POST", "/users/" + id + "/role-mappings/realm", List.of(roleRepresentation));
        return username;
    }

    /** Disables the account, as an admin would when someone leaves; their tokens stay valid until they expire. */
    @SuppressWarnings("unchecked")
    public static void disable(String username) {
        String admin = adminToken();
        List<Map<String, Object>> found = (List<Map<String, Object>>) read(call(admin, "GET",
                "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null).body());
        call(admin, "PUT", "/users/" + found.get(0).get("id"), Map.of("enabled", false));
    }

    private static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(Keycloak.ADMIN_USER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Keycloak.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakTokens.keycloakUrl()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return ((Map<?, ?>) read(send(request).body())).get("access_token").toString();
    }

    private static HttpResponse<String> call(String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KeycloakTokens.keycloakUrl()
                    + "/admin/realms/" + Keycloak.REALM + path)).header("Authorization", "Bearer " + token);
            request.header("Content-Type", "application/json").method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return send(request.build());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Object read(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
