package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

/**
 * A service takes only tokens meant for Carebridge (audience carebridge-api, platform configuration), not any token
 * the realm issues: a valid token of another client of the same realm is refused like a forged one.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class AudienceTest {

    @Test
    void aTokenOfAnotherClientOfTheRealmIsRefused() {
        String foreign = KeycloakTokens.clientCredentialsToken("network-service-directory",
                "network-service-directory-secret");
        given().auth().oauth2(foreign).when().get("/api/advisory/referrals")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aUsersTokenForCarebridgeIsTaken() {
        given().auth().oauth2(KeycloakTokens.accessToken("ada")).when().get("/api/advisory/referrals")
                .then().statusCode(200);
    }
}
