package org.carebridge.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo realm the run and the tests import: every person in it can be emailed, the banner lists exactly them,
 * and network-service's directory client may read users and nothing more.
 */
class RealmTest {

    private static JsonNode realm() throws IOException {
        try (InputStream in = RealmTest.class.getResourceAsStream(KeycloakTemplate.REALM_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<JsonNode> people(JsonNode realm) {
        List<JsonNode> people = new ArrayList<>();
        realm.get("users").forEach(u -> {
            if (!u.has("serviceAccountClientId")) {
                people.add(u);
            }
        });
        return people;
    }

    @Test
    void everyDemoUserHasAVerifiedEmailAndIsOnTheBanner() throws IOException {
        List<JsonNode> people = people(realm());
        for (JsonNode user : people) {
            String name = user.get("username").asText();
            assertTrue(user.path("email").asText().matches("[^@\\s]+@[^@\\s]+\\.[a-z]+"), name + " has no email");
            assertTrue(user.path("emailVerified").asBoolean(), name + "'s email is not verified");
        }
        Set<String> inRealm = new TreeSet<>();
        people.forEach(u -> inRealm.add(u.get("username").asText()));
        Set<String> onBanner = new TreeSet<>();
        DemoUsers.ALL.forEach(u -> onBanner.add(u.username()));
        assertEquals(onBanner, inRealm);
    }

    @Test
    void theDirectoryClientIsAServiceAccountThatOnlyReadsUsers() throws IOException {
        JsonNode realm = realm();
        JsonNode client = null;
        for (JsonNode c : realm.get("clients")) {
            if (c.get("clientId").asText().equals("network-service-directory")) {
                client = c;
            }
        }
        assertTrue(client != null, "network-service-directory client missing");
        assertTrue(client.get("serviceAccountsEnabled").asBoolean());
        assertFalse(client.get("publicClient").asBoolean());
        assertFalse(client.get("standardFlowEnabled").asBoolean(), "nobody logs in through it");
        assertFalse(client.get("directAccessGrantsEnabled").asBoolean(), "nobody logs in through it");

        JsonNode account = null;
        for (JsonNode u : realm.get("users")) {
            if ("network-service-directory".equals(u.path("serviceAccountClientId").asText())) {
                account = u;
            }
        }
        assertTrue(account != null, "its service account user is missing");
        Set<String> management = new TreeSet<>();
        account.path("clientRoles").path("realm-management").forEach(r -> management.add(r.asText()));
        assertEquals(Set.of("query-users", "view-users"), management);
        assertEquals(Set.of("realm-management"), fieldNames(account.get("clientRoles")));
        account.path("realmRoles").forEach(r -> assertEquals("default-roles-carebridge", r.asText()));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
