package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * Only bridge coordinators reach the bridge inbox: other roles get 403 on every endpoint, no or a forged token
 * 401; health, metrics and the OpenAPI document stay open.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class EscalationAccessTest {

    private static final UUID ANY = UUID.randomUUID();

    record Endpoint(Method method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(Method.GET, "/api/network/escalations", null),
                new Endpoint(Method.GET, "/api/network/escalations/" + ANY, null),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/claim", null),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/referral", "{\"question\":\"q\"}"),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/notes", "{\"text\":\"t\"}"),
                new Endpoint(Method.PUT, "/api/network/escalations/" + ANY + "/due-date", "{\"dueDate\":\"2099-01-01\"}"),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/consultations",
                        "{\"meetsAt\":\"2099-01-01T10:00:00Z\",\"agenda\":\"a\",\"members\":[\"anna\"],\"organisations\":[]}"),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/resolution",
                        "{\"outcome\":\"UNBLOCKED\",\"advice\":\"a\"}"),
                new Endpoint(Method.GET, "/api/network/alerts", null),
                new Endpoint(Method.GET, "/api/network/notifications", null),
                new Endpoint(Method.GET, "/api/network/handovers", null),

                new Endpoint(Method.GET, "/api/network/handovers/" + ANY, null),
                new Endpoint(Method.GET, "/api/network/handovers/age-18-transitions", null),
                new Endpoint(Method.GET, "/api/network/cases/" + ANY + "/professionals", null),
                new Endpoint(Method.GET, "/api/network/me/email-preferences", null),
                new Endpoint(Method.PUT, "/api/network/me/email-preferences", "{\"muted\":[]}"));
    }

    static Stream<Arguments> wrongRoles() {
        return Stream.of("anna", "ada", "otto", "nils")
                .flatMap(user -> endpoints().stream().map(endpoint -> Arguments.of(user, endpoint)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("wrongRoles")
    void otherRolesAreForbidden(String user, Endpoint endpoint) {
        send(as(user), endpoint).then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @ParameterizedTest(name = "no token on {0}")
    @MethodSource("endpoints")
    void noTokenIsUnauthorised(Endpoint endpoint) {
        send(given(), endpoint).then().statusCode(401);
    }

    @ParameterizedTest(name = "forged token on {0}")
    @MethodSource("endpoints")
    void aTokenNotSignedByKeycloakIsUnauthorised(Endpoint endpoint) {
        String forged = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
                + "eyJwcmVmZXJyZWRfdXNlcm5hbWUiOiJicnVubyIsInJlYWxtX2FjY2VzcyI6eyJyb2xlcyI6WyJicmlkZ2UtY29vcmRpbmF0b3IiXX19."
                + "c2lnbmF0dXJl";
        send(given().auth().oauth2(forged), endpoint).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} without a token")
    @ValueSource(strings = {"/q/health/ready", "/q/openapi", "/q/metrics"})
    void operationalEndpointsStayOpen(String path) {
        given().get(org.carebridge.stack.testing.CarebridgeStackResource.managementUrl() + path).then().statusCode(200);
    }

    private static Response send(RequestSpecification request, Endpoint endpoint) {
        if (endpoint.body() != null) {
            request = request.contentType(ContentType.JSON).body(endpoint.body());
        }
        return request.request(endpoint.method(), endpoint.path());
    }
}
