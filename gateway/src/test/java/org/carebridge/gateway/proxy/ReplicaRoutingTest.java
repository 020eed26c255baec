package org.carebridge.gateway.proxy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.health.api.HealthGroup;
import jakarta.inject.Inject;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /api calls spread over a service's replicas; a replica that is gone costs a read nothing (it goes once to another),
 * a write only when it may have arrived (a dropped connection), never when it could not have (a refused one).
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(value = FakeReplicas.class, restrictToAnnotatedClass = true)
class ReplicaRoutingTest {

    private static final int CALLS = 6;

    @Inject
    @HealthGroup("dependencies")
    HealthCheck dependencies;

    /** The operator's dependency check (gateway.health) names what is down, here advisory's closed replica. */
    @Test
    void theDependencyCheckNamesTheReplicaThatIsGone() {
        HealthCheckResponse health = dependencies.call();
        Map<String, Object> data = health.getData().orElseThrow();
        assertEquals(HealthCheckResponse.Status.DOWN, health.getStatus(), data.toString());
        assertEquals("UP", data.get("keycloak"), data.toString());
        assertTrue(data.entrySet().stream().anyMatch(e -> e.getKey().startsWith("advisory-service")
                && String.valueOf(e.getValue()).startsWith("DOWN")), "the closed advisory replica: " + data);
        assertTrue(data.entrySet().stream().anyMatch(e -> e.getKey().startsWith("network-service")
                && "UP".equals(e.getValue())), "the live network replicas: " + data);
    }

    @Test
    void callsAreSpreadOverTheReplicas() {
        List<Integer> statuses = calls("GET", "/api/network/spread");
        assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses);
        assertEquals(CALLS / 2, FakeReplicas.NETWORK_A.count("GET", "/api/network/spread"), "round-robin");
        assertEquals(CALLS / 2, FakeReplicas.NETWORK_B.count("GET", "/api/network/spread"), "round-robin");
    }

    @Test
    void aReadThatLostItsReplicaMidCallGoesOnceToAnotherAndSucceeds() {
        int dropped = FakeReplicas.dropping.dropped();
        assertEquals(List.of(200, 200, 200, 200, 200, 200), calls("GET", "/api/cases/read"));
        assertTrue(FakeReplicas.dropping.dropped() > dropped, "some reads went to the dropping replica first");
        assertEquals(CALLS, FakeReplicas.CASE.count("GET", "/api/cases/read"));
    }

    @Test
    void aWriteThatLostItsReplicaMidCallIsNotSentAgain() {
        int dropped = FakeReplicas.dropping.dropped();
        List<Integer> statuses = calls("POST", "/api/cases/write");
        long refused = statuses.stream().filter(s -> s == 503).count();
        assertTrue(refused > 0, "the writes the dropping replica took were answered 503: " + statuses);
        assertEquals(refused, FakeReplicas.dropping.dropped() - dropped, "each of them reached only that replica");
        assertEquals(CALLS - refused, FakeReplicas.CASE.count("POST", "/api/cases/write"));
        assertEquals(CALLS - refused, statuses.stream().filter(s -> s == 201).count());
    }

    @Test
    void aReplicaThatRefusesTheConnectionCostsNeitherReadsNorWrites() {
        assertEquals(List.of(201, 201, 201, 201, 201, 201), calls("POST", "/api/advisory/write"));
        assertEquals(List.of(200, 200, 200, 200, 200, 200), calls("GET", "/api/advisory/read"));
        assertEquals(CALLS, FakeReplicas.ADVISORY.count("POST", "/api/advisory/write"));
        assertEquals(CALLS, FakeReplicas.ADVISORY.count("GET", "/api/advisory/read"));
    }

    private static List<Integer> calls(String method, String path) {
        String token = KeycloakTokens.accessToken("anna");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            var request = given().auth().oauth2(token);
            if (method.equals("POST")) {
                request.contentType("application/json").body("{}");
            }
            statuses.add(request.when().request(method, path).then().extract().statusCode());
        }
        return statuses;
    }
}
