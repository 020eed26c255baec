package org.carebridge.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The gateway against a real Keycloak: who am I, token checks, and faithful forwarding to a service. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(EchoBackend.class)
class GatewayTest {

    @Test
    void meDescribesTheLoggedInUserFromTheirToken() {
        given().auth().oauth2(KeycloakTokens.accessToken("anna"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("anna"))
                .body("roles", hasItem("case-worker"))
                .body("region", equalTo("north"))
                .body("organisation", equalTo("school"));
    }

    @Test
    void apiRefusesCallsWithoutAValidToken() {
        given().when().get("/api/me").then().statusCode(401);
        given().when().get("/api/cases").then().statusCode(401);
        given().auth().oauth2("not.a.token").when().get("/api/cases").then().statusCode(401);
    }

    @Test
    void forwardsMethodPathQueryBodyAndTheCallersTokenToTheOwningService() {
        String token = KeycloakTokens.accessToken("anna");
        given().urlEncodingEnabled(false).auth().oauth2(token).contentType("application/json").body("{\"x\":1}")
                .when().post("/api/cases/abc/escalations?dryRun=true&q=a%20b")
                .then().statusCode(201)
                .header("Location", "/api/cases/created-here")
                .header("X-Internal-Secret", nullValue())
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/cases/abc/escalations"))
                .body("query", equalTo("dryRun=true&q=a%20b"))
                .body("authorization", equalTo("Bearer " + token))
                .body("contentType", equalTo("application/json"))
                .body("body.x", equalTo(1));
    }

    @Test
    void myWorkIsForwardedToCaseServiceWhileMeStaysTheGateways() {
        String token = KeycloakTokens.accessToken("anna");
        given().auth().oauth2(token).when().get("/api/me/work")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/me/work"))
                .body("authorization", equalTo("Bearer " + token));
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(200).body("username", equalTo("anna"));
        given().when().get("/api/me/work").then().statusCode(401);
    }

    @Test
    void onlyTheThreeServiceSectionsAreRouted() {
        given().auth().oauth2(KeycloakTokens.accessToken("anna"))
                .when().get("/api/elsewhere/secrets")
                .then().statusCode(404);
    }

    @Test
    void anUnreachableServiceIsAProblemNotAHang() {
        given().auth().oauth2(KeycloakTokens.accessToken("bruno"))
                .when().get("/api/network/escalations")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", not(nullValue()))
                .body("status", equalTo(503));
    }
}
