package org.carebridge.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.stack.Keycloak;

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
import java.util.stream.IntStream;

/**
 * Users made for a test in the carebridge realm, through Keycloak's admin REST API as the master realm's admin: team
 * and access rules are about who a user is, so they are proven with users no other test knows, in regions nobody
 * used before, disabled or signed out as an administrator would.
 */
public final class KeycloakDirectory {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** A user made here; password {@code <username>-demo} like the demo users; organisation "school". */
    public record User(String id, String username, String email, String region) {
        public String password() {
            return username + "-demo";
        }
    }

    private final String keycloakUrl;

    private KeycloakDirectory(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** The Keycloak of the test stack the component tests share. */
    public static KeycloakDirectory ofTestStack() {
        return new KeycloakDirectory(KeycloakTokens.keycloakUrl());
    }

    public static KeycloakDirectory at(String keycloakUrl) {
        return new KeycloakDirectory(keycloakUrl);
    }

    /** A region nobody used before. */
    public static String freshRegion() {
        return "region-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new enabled user with a verified email, the realm role and the region; never logged in anywhere. */
    public User create(String role, String region) {
        String username = role.substring(0, Math.min(4, role.length())) + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@carebridge.example";
        String id = createUser(adminToken(), username, email,
                Map.of("region", List.of(region), "organisation", List.of("school")), role, false);
        return new User(id, username, email, region);
    }

    /**
     * A user with a name of the caller's choosing (password {@code <username>-demo}, the region, no organisation),
     * for a suite that makes its users once: one that exists already is fine. {@code role} may be null.
     */
    public void ensureUser(String username, String region, String role) {
        createUser(adminToken(), username, username + "@carebridge.example", Map.of("region", List.of(region)), role,
                true);
    }

    private String createUser(String admin, String username, String email, Map<String, List<String>> attributes,
                              String role, boolean existingIsFine) {
        Map<String, Object> user = Map.of("username", username, "enabled", true,
                "email", email, "emailVerified", true, "firstName", "Test", "lastName", username,
                "attributes", attributes,
                "credentials", List.of(Map.of("type", "password", "value", username + "-demo", "temporary", false)));
        HttpResponse<String> created = existingIsFine ? send(admin, "POST", "/users", user, 409)
                : send(admin, "POST", "/users", user);
        String id = created.statusCode() == 409 ? idOf(admin, username) : created.headers().firstValue("Location")
                .map(location -> location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
        if (role != null) {
            JsonNode roleRepresentation = json(send(admin, "GET", "/roles/" + role, null));
            send(admin, "POST", "/users/" + id + "/role-mappings/realm", List.of(roleRepresentation));
        }
        return id;
    }

    private String idOf(String admin, String username) {
        return json(send(admin, "GET", "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null)).get(0).get("id").asText();
    }

    /**
     * What an administrator does in the admin console: gives the user a {@code locale} attribute (the language of
     * their mail, and a claim of their next tokens), beside their other attributes; checks Keycloak kept it.
     */
    public User withLocale(User user, String locale) {
        JsonNode representation = admin("GET", "/users/" + user.id(), null);
        ((ObjectNode) representation.get("attributes")).putArray("locale").add(locale);
        admin("PUT", "/users/" + user.id(), representation);
        JsonNode stored = admin("GET", "/users/" + user.id(), null).path("attributes").path("locale");
        if (!locale.equals(stored.path(0).asText())) {
            throw new IllegalStateException("Keycloak did not keep the locale of " + user.username()
                    + " (the realm must have it managed): " + stored);
        }
        return user;
    }

    /** Disables the account, as an admin would when someone leaves; their tokens stay valid until they expire. */
    public void disable(String username) {
        String admin = adminToken();
        send(admin, "PUT", "/users/" + idOf(admin, username), Map.of("enabled", false));
    }

    /** What "Sign out" on the user's sessions in the admin console does. */
    public void signOut(User user) {
        send(adminToken(), "POST", "/users/" + user.id() + "/logout", null);
    }

    /**
     * Any other call of the realm's admin API ({@code path} below /admin/realms/carebridge); its JSON answer. Besides
     * 2xx, the statuses in {@code alsoFine} are accepted (409: it exists already).
     */
    public JsonNode admin(String method, String path, Object body, int... alsoFine) {
        return adminOfRealms(method, "/" + Keycloak.REALM + path, body, alsoFine);
    }

    /** The same below /admin/realms: another realm, or {@code ""} with POST to make one. */
    public JsonNode adminOfRealms(String method, String path, Object body, int... alsoFine) {
        HttpResponse<String> answer = sendBelowRealms(adminToken(), method, path, body, alsoFine);
        return answer.body().isBlank() ? JSON.nullNode() : json(answer);
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(Keycloak.ADMIN_USER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Keycloak.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl
                        + "/realms/master/protocol/openid-connect/token")).timeout(PATIENCE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return json(exchange(request)).get("access_token").asText();
    }

    private HttpResponse<String> send(String token, String method, String path, Object body, int... alsoFine) {
        return sendBelowRealms(token, method, "/" + Keycloak.REALM + path, body, alsoFine);
    }

    private HttpResponse<String> sendBelowRealms(String token, String method, String path, Object body,
                                                 int... alsoFine) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms" + path))
                    .timeout(PATIENCE).header("Authorization", "Bearer " + token);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return exchange(request.build(), alsoFine);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> exchange(HttpRequest request, int... alsoFine) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2 && IntStream.of(alsoFine).noneMatch(s -> s == response.statusCode())) {
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
