package org.carebridge.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.stack.Keycloak;
import org.carebridge.stack.testing.KeycloakTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The test Keycloak's admin API: extra users (a southern advisory member, a user with no role), a client whose
 * tokens live one second, and a second realm cloned from the carebridge template (same users, other keys).
 */
final class KeycloakAdmin {

    static final String FOREIGN_REALM = "proof-foreign";
    static final String SHORT_LIVED_CLIENT = "proof-short-lived";
    private static final String TEMPLATE = "/realm/carebridge-realm.json";

    private final String keycloakUrl;
    private final String adminToken;

    KeycloakAdmin(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
        HttpCalls.Answer answer = form(keycloakUrl + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", Keycloak.ADMIN_USER, "password", Keycloak.ADMIN_PASSWORD));
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak admin login refused: " + answer.status() + " " + answer.text());
        }
        this.adminToken = answer.json().get("access_token").asText();
    }

    /** A user of the carebridge realm with password {@code <username>-demo}; a 409 (exists) is fine. */
    void ensureUser(String username, String region, String role) {
        String realm = keycloakUrl + "/admin/realms/" + Keycloak.REALM;
        Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@proof.invalid", "firstName", "Proof", "lastName", username,
                "attributes", Map.of("region", List.of(region)),
                "credentials", List.of(Map.of("type", "password", "value", username + "-demo", "temporary", false)));
        expect(HttpCalls.sendJson("POST", realm + "/users", adminToken, user), 201, 409);
        if (role == null) {
            return;
        }
        String id = HttpCalls.sendJson("GET", realm + "/users?exact=true&username=" + username, adminToken, null)
                .json().get(0).get("id").asText();
        JsonNode roleRep = HttpCalls.sendJson("GET", realm + "/roles/" + role, adminToken, null).json();
        expect(HttpCalls.sendJson("POST", realm + "/users/" + id + "/role-mappings/realm", adminToken,
                List.of(roleRep)), 204);
    }

    /** A copy of the tests' client whose access tokens expire one second after they are issued. */
    void ensureShortLivedClient() {
        String realm = keycloakUrl + "/admin/realms/" + Keycloak.REALM;
        ObjectNode client = (ObjectNode) HttpCalls.sendJson("GET", realm + "/clients?clientId="
                + KeycloakTokens.CLIENT_ID, adminToken, null).json().get(0);
        client.remove("id");
        client.put("clientId", SHORT_LIVED_CLIENT);
        client.put("secret", KeycloakTokens.CLIENT_SECRET);
        client.withObject("/attributes").put("access.token.lifespan", "1");
        client.withArray("protocolMappers").forEach(m -> ((ObjectNode) m).remove("id"));
        expect(HttpCalls.sendJson("POST", realm + "/clients", adminToken, client), 201, 409);
    }

    /** A second realm with the carebridge realm's users, roles and clients, but its own signing keys and issuer. */
    void ensureForeignRealm() {
        String template;
        try (InputStream in = Keycloak.class.getResourceAsStream(TEMPLATE)) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode realm = (ObjectNode) HttpCalls.json(template);
        realm.put("realm", FOREIGN_REALM);
        realm.put("bruteForceProtected", false);
        expect(HttpCalls.sendJson("POST", keycloakUrl + "/admin/realms", adminToken, realm), 201, 409);
    }

    /** A password-grant token from {@code realm} through {@code client} (the tests' client secret). */
    String token(String realm, String client, String username) {
        HttpCalls.Answer answer = form(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", client, "client_secret", KeycloakTokens.CLIENT_SECRET,
                "username", username, "password", username + "-demo", "scope", "openid"));
        if (answer.status() != 200) {
            throw new IllegalStateException("no token for " + username + " in " + realm + ": " + answer.text());
        }
        return answer.json().get("access_token").asText();
    }

    private static HttpCalls.Answer form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpCalls.send("POST", url, null, "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static void expect(HttpCalls.Answer answer, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return;
            }
        }
        throw new IllegalStateException("Keycloak admin call answered " + answer.status() + ": " + answer.text());
    }
}
