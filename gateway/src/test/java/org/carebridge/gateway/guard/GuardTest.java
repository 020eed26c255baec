package org.carebridge.gateway.guard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.carebridge.gateway.EchoBackend;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gateway's guards against a real Keycloak: security headers on every kind of answer, cross-site changes
 * refused before they reach a service (the echo backend would answer 201), and pages that send a newcomer to the
 * Keycloak login with PKCE while the API answers a plain 401.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(EchoBackend.class)
class GuardTest {

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        securityHeaders(given().auth().oauth2(KeycloakTokens.accessToken("anna")).get("/api/me").then().statusCode(200));
        securityHeaders(given().get("/api/me").then().statusCode(401));
        securityHeaders(given().get("/assets/app.js").then().statusCode(200));
        securityHeaders(given().redirects().follow(false).get("/cases").then().statusCode(302));
        securityHeaders(given().get("/signed-out").then().statusCode(200).contentType(containsString("text/html")));
    }

    private static void securityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void aChangeFromAnotherOriginIsRefusedBeforeItReachesAService() {
        refused(given().auth().oauth2(KeycloakTokens.accessToken("anna")).header("Origin", "https://evil.example")
                .contentType("application/json").body("{}").post("/api/cases/abc/notes"));
        refused(given().auth().oauth2(KeycloakTokens.accessToken("anna")).header("Sec-Fetch-Site", "cross-site")
                .contentType("application/json").body("{}").delete("/api/cases/abc/members/ben"));
    }

    @Test
    void aChangeFromThisSiteGoesThrough() {
        given().auth().oauth2(KeycloakTokens.accessToken("anna")).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/json").body("{}")
                .post("/api/cases/abc/notes").then().statusCode(201).body("method", equalTo("POST"));
    }

    @Test
    void aBrowserSessionMustSayItsChangeComesFromThisSitesScripts() {
        // a session cookie without X-Requested-With: what a form on another site would make the browser send
        refused(given().cookie("q_session_web", "anything").contentType("application/json").body("{}")
                .post("/api/cases"));
        // with the header the guard lets it pass on to authentication, which finds no valid session: 401, no redirect
        given().cookie("q_session_web", "anything").header("X-Requested-With", "XMLHttpRequest")
                .redirects().follow(false).contentType("application/json").body("{}")
                .post("/api/cases").then().statusCode(401);
    }

    private static void refused(io.restassured.response.Response response) {
        response.then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403))
                .body("detail", containsString("refused"));
    }

    @Test
    void aPageSendsANewcomerToTheKeycloakLoginWithPkce() {
        given().redirects().follow(false).get("/cases/0b6f6a5e-0000-4000-8000-000000000000").then().statusCode(302)
                .header("Location", startsWith(KeycloakTokens.realmUrl() + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=carebridge-gateway"))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void anApiCallWithoutTokenOrSessionIsAPlain401NotALoginRedirect() {
        given().redirects().follow(false).get("/api/cases").then().statusCode(401);
        given().redirects().follow(false).header("X-Requested-With", "XMLHttpRequest").get("/api/me").then().statusCode(401);
    }
}
