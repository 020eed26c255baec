package org.carebridge.stack.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * What every service refuses on each of its endpoints: the users of other roles get 403 problem+json, no token and a
 * token Keycloak did not sign 401, while health, OpenAPI and metrics stay open on the management port. A service's
 * access test extends it and lists its endpoints in a static {@code endpoints()} and the users who may not use them
 * in a static {@code wrongRoles()} ({@link #onEveryEndpoint}).
 */
public abstract class AccessRefusals {

    private final String forgedToken;

    /** @param user, role whom the forged token claims to be: a user of the service, so only the signature is wrong */
    protected AccessRefusals(String user, String role) {
        this.forgedToken = forged(user, role);
    }

    /** Each user on each endpoint. */
    protected static Stream<Arguments> onEveryEndpoint(List<Endpoint> endpoints, String... users) {
        return Stream.of(users).flatMap(user -> endpoints.stream().map(endpoint -> Arguments.of(user, endpoint)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("wrongRoles")
    public void otherRolesAreForbidden(String user, Endpoint endpoint) {
        endpoint.send(StackSupport.as(user)).then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @ParameterizedTest(name = "no token on {0}")
    @MethodSource("endpoints")
    public void noTokenIsUnauthorised(Endpoint endpoint) {
        endpoint.send(given()).then().statusCode(401);
    }

    @ParameterizedTest(name = "forged token on {0}")
    @MethodSource("endpoints")
    public void aTokenNotSignedByKeycloakIsUnauthorised(Endpoint endpoint) {
        endpoint.send(given().auth().oauth2(forgedToken)).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} without a token")
    @ValueSource(strings = {"/q/health/ready", "/q/openapi", "/q/metrics"})
    public void operationalEndpointsStayOpen(String path) {
        given().get(CarebridgeStackResource.managementUrl() + path).then().statusCode(200);
    }

    /** A JWT of the right shape and claims whose signature is just the word "signature". */
    static String forged(String user, String role) {
        return base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "."
                + base64("{\"preferred_username\":\"" + user + "\",\"realm_access\":{\"roles\":[\"" + role + "\"]}}")
                + "." + base64("signature");
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
