package org.carebridge.gateway.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.carebridge.gateway.EchoBackend;
import org.carebridge.gateway.support.BrowserLogin;
import org.carebridge.gateway.support.KeycloakAdmin;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.gateway.support.QuickSessionChecks;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A browser session (signed in through the real Keycloak login page) ends with /logout, and when an admin signs
 * the user out in Keycloak or disables them: a copy of the session cookie taken before is refused (401 on the API,
 * back to the login on a page). Sessions are checked every second here (30 s by default).
 * Before, the copied cookie kept working until its tokens expired (~16 min).
 */
@QuarkusTest
@TestProfile(QuickSessionChecks.class)
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(EchoBackend.class)
class SessionEndTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void logoutEndsTheSessionAtOnceEvenForACopyOfTheCookie() {
        KeycloakDirectory.User user = KeycloakAdmin.createUser();
        String cookie = BrowserLogin.sessionCookie(gateway, user.username(), user.password());
        me(cookie).statusCode(200).body("username", equalTo(user.username()));
        given().header("Cookie", cookie).redirects().follow(false).get("/logout").then().statusCode(302);
        me(cookie).statusCode(401).contentType("application/problem+json");
        given().header("Cookie", cookie).redirects().follow(false).get("/cases").then().statusCode(302);
    }

    @Test
    void anAdminsSignOutInKeycloakEndsTheSession() throws InterruptedException {
        endsWhen(KeycloakAdmin::signOut);
    }

    @Test
    void disablingTheAccountEndsTheSession() throws InterruptedException {
        endsWhen(KeycloakAdmin::disable);
    }

    private void endsWhen(Consumer<KeycloakDirectory.User> inKeycloak) throws InterruptedException {
        KeycloakDirectory.User user = KeycloakAdmin.createUser();
        String cookie = BrowserLogin.sessionCookie(gateway, user.username(), user.password());
        me(cookie).statusCode(200);
        inKeycloak.accept(user);
        awaitRefused(cookie);
    }

    /** Refused within two check periods (1 s each here). */
    private static void awaitRefused(String cookie) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 3_000;
        while (System.currentTimeMillis() < deadline && given().header("Cookie", cookie).get("/api/me").statusCode() == 200) {
            Thread.sleep(100);
        }
        me(cookie).statusCode(401).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse me(String cookie) {
        return given().header("Cookie", cookie).header("X-Requested-With", "XMLHttpRequest").redirects().follow(false)
                .get("/api/me").then();
    }
}
