package org.carebridge.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.stack.Keycloak;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The test Keycloak's admin API (through the shared {@link KeycloakDirectory}): extra users (a southern advisory
 * member, a user with no role), a client whose tokens live one second, and a second realm cloned from the carebridge
 * template (same users, other keys).
 */
final class KeycloakAdmin {

    static final String FOREIGN_REALM = "proof-foreign";
    static final String SHORT_LIVED_CLIENT = "proof-short-lived";
    private static final String TEMPLATE = "/realm/carebridge-realm.json";
    private static final int EXISTS = 409;

    private final String keycloakUrl;
    private final KeycloakDirectory directory;

    KeycloakAdmin(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
        this.directory = KeycloakDirectory.at(keycloakUrl);
    }

    /** A user of the carebridge realm with password {@code <username>-demo}; one that exists already is fine. */
    void ensureUser(String username, String region, String role) {
        directory.ensureUser(username, region, role);
    }

    /** A copy of the tests' client whose access tokens expire one second after they are issued. */
    void ensureShortLivedClient() {
        ObjectNode client = (ObjectNode) directory.admin("GET", "/clients?clientId=" + KeycloakTokens.CLIENT_ID, null)
                .get(0);
        client.remove("id");
        client.put("clientId", SHORT_LIVED_CLIENT);
        client.put("secret", KeycloakTokens.CLIENT_SECRET);
        client.withObject("/attributes").put("access.token.lifespan", "1");
        client.withArray("protocolMappers").forEach(m -> ((ObjectNode) m).remove("id"));
        directory.admin("POST", "/clients", client, EXISTS);
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
        directory.adminOfRealms("POST", "", realm, EXISTS);
    }

    /** A password-grant token from {@code realm} through {@code client} (the tests' client secret). */
    String token(String realm, String client, String username) {
        String form = Map.of("grant_type", "password", "client_id", client,
                        "client_secret", KeycloakTokens.CLIENT_SECRET, "username", username,
                        "password", username + "-demo", "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpCalls.Answer answer = HttpCalls.send("POST", keycloakUrl + "/realms/" + realm
                        + "/protocol/openid-connect/token", null, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8));
        if (answer.status() != 200) {
            throw new IllegalStateException("no token for " + username + " in " + realm + ": " + answer.text());
        }
        return answer.json().get("access_token").asText();
    }
}
