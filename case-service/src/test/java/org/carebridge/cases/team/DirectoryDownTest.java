package org.carebridge.cases.team;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.hamcrest.Matchers.equalTo;

/** When Keycloak cannot answer, nobody joins a team unverified: 503 problem+json, and the team is unchanged. */
@QuarkusTest
@TestProfile(DirectoryDownTest.KeycloakAdminUnreachable.class)
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class DirectoryDownTest {

    /** The admin API at a port where nothing listens; tokens are still checked against the real Keycloak. */
    public static class KeycloakAdminUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:9");
        }
    }

    @Test
    void aMemberNobodyCouldVerifyIsNotAdded() {
        String id = createCase("anna");
        as("anna").body(Map.of("username", "ben", "organisation", "school", "role", "coach"))
                .when().post("/api/cases/{id}/members", id)
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
        as("anna").when().get("/api/cases/{id}/members", id).then().body("members.username", equalTo(List.of("anna")));
    }
}
