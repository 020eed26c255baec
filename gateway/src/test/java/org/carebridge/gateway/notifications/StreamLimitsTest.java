package org.carebridge.gateway.notifications;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.carebridge.gateway.support.KeycloakAdmin;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.gateway.support.QuickSessionChecks;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live streams that cannot be exhausted, against a real Keycloak and a backend that holds every stream open like
 * network-service: 200 streams opened and dropped (abruptly, cleanly, before the answer) leave nothing held
 * upstream and a new stream gets its notification within a second; a user over the cap is refused while others
 * connect; a stream ends when its token expires, and when the user is disabled or signed out in Keycloak.
 * The gateway's pool here holds 12 connections: before the change 5, and streams were never let go.
 */
@QuarkusTest
@TestProfile(QuickSessionChecks.class)
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(value = HoldingSseBackend.class, restrictToAnnotatedClass = true)
class StreamLimitsTest {

    private static final List<String> USERS = List.of("ben", "carla", "bruno", "sofie");

    @TestHTTPResource("/api/me/notifications")
    URI notifications;

    @Test
    void twoHundredDroppedStreamsLeaveNothingBehind() throws Exception {
        for (int i = 0; i < 200; i += 3) {
            String token = KeycloakTokens.accessToken(USERS.get(i / 3 % USERS.size()));
            RawStream abrupt = connected(token);
            RawStream clean = connected(token);
            new RawStream(notifications, token).abort(); // gone before the gateway answered
            abrupt.abort();
            clean.close();
        }
        long deadline = System.currentTimeMillis() + 5_000;
        while (HoldingSseBackend.open() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, HoldingSseBackend.open(), "every upstream stream was let go");

        String token = KeycloakTokens.accessToken("otto");
        long start = System.nanoTime();
        try (RawStream stream = new RawStream(notifications, token)) {
            assertEquals(200, stream.status(1_000));
            assertNotNull(stream.awaitLine("event:connected", 1_000));
            HoldingSseBackend.broadcast("NEW_ESCALATION");
            assertNotNull(stream.awaitLine("event:NEW_ESCALATION", 1_000));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_000, "connected and notified in " + millis + " ms");
        }
    }

    @Test
    void aUserOverTheCapIsRefusedWhileAnotherUserConnects() {
        String ada = KeycloakTokens.accessToken("ada");
        List<RawStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(connected(ada));
            }
            try (RawStream fourth = new RawStream(notifications, ada)) {
                assertEquals(429, fourth.status(5_000));
                assertNotNull(fourth.awaitLine("Content-Type: application/problem+json", 1_000));
            }
            open.add(connected(KeycloakTokens.accessToken("nils")));
            open.remove(0).close();
            open.add(connected(ada)); // a closed tab gives its place back
        } finally {
            open.forEach(RawStream::close);
        }
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() {
        KeycloakDirectory.User user = KeycloakAdmin.createUser();
        String token = KeycloakAdmin.shortLivedToken(user, 6);
        long expiresAt = RelayedStream.expiresAtMillis(token);
        try (RawStream stream = connected(token)) {
            assertTrue(stream.endsWithin(15_000), "the stream ended");
            long drift = System.currentTimeMillis() - expiresAt;
            assertTrue(drift > -1_000 && drift < 3_000, "ended at the token's expiry, off by " + drift + " ms");
        }
    }

    @Test
    void aStreamEndsWhenTheUserIsDisabledInKeycloak() {
        KeycloakDirectory.User user = KeycloakAdmin.createUser();
        try (RawStream stream = connected(KeycloakAdmin.token(user))) {
            assertFalse(stream.endsWithin(2_500), "an active user's stream stays open across session checks");
            KeycloakAdmin.disable(user);
            assertTrue(stream.endsWithin(5_000), "the stream ended after the account was disabled");
        }
    }

    /**
     * Keycloak's userinfo, where a stream's sign-in is checked, refuses a token without the openid scope: before,
     * such a stream (an API client's, the README's curl walk's) ended silently at its first check, 30 s in.
     */
    @Test
    void aTokenWithoutTheOpenidScopeIsToldAtOnceWhatTheStreamNeeds() {
        KeycloakDirectory.User user = KeycloakAdmin.createUser();
        given().auth().oauth2(KeycloakAdmin.tokenWithoutOpenidScope(user)).accept("text/event-stream")
                .get(notifications).then().statusCode(403).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("insufficient_scope"))
                .body("detail", containsString("scope=openid"));
    }

    @Test
    void aStreamEndsWhenAnAdminSignsTheUserOut() {
        KeycloakDirectory.User user = KeycloakAdmin.createUser();
        try (RawStream stream = connected(KeycloakAdmin.token(user))) {
            assertFalse(stream.endsWithin(2_500));
            KeycloakAdmin.signOut(user);
            assertTrue(stream.endsWithin(5_000), "the stream ended after the user was signed out");
        }
    }

    /** A stream that is through: 200 and the backend's first event; retried briefly while a slot frees up. */
    private RawStream connected(String token) {
        long deadline = System.currentTimeMillis() + 2_000;
        while (true) {
            RawStream stream = new RawStream(notifications, token);
            int status = stream.status(5_000);
            if (status == 200) {
                assertNotNull(stream.awaitLine("event:connected", 5_000), "the backend's first event arrived");
                return stream;
            }
            stream.close();
            if (status != 429 || System.currentTimeMillis() > deadline) {
                throw new AssertionError("stream refused with " + status);
            }
        }
    }
}
