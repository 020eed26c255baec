package org.carebridge.gateway.guard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.carebridge.gateway.EchoBackend;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The rate limit per user through the running gateway, with a bucket of 3 calls that hardly refills. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBucket.class)
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(EchoBackend.class)
class RateLimitTest {

    public static class SmallBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carebridge.rate-limit.burst", "3", "carebridge.rate-limit.per-minute", "1");
        }
    }

    @Test
    void aUserOverTheLimitGets429WhileAnotherUserGoesOn() {
        String ben = KeycloakTokens.accessToken("ben");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(ben).get("/api/cases/x").then().statusCode(200);
        }
        given().auth().oauth2(ben).get("/api/cases/x").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("X-Content-Type-Options", "nosniff")
                .body("status", equalTo(429));
        given().auth().oauth2(KeycloakTokens.accessToken("carla")).get("/api/cases/x").then().statusCode(200);
    }
}
