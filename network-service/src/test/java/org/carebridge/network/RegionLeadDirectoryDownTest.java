package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.containsString;

/** When Keycloak's admin API cannot say who coordinates a region, no lead is set on trust: 503, nothing stored. */
@QuarkusTest
@TestProfile(DirectoryFallbackTest.DirectoryUnreachable.class)
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class RegionLeadDirectoryDownTest {

    @Test
    void aLeadKeycloakCannotConfirmIsRefusedWith503() {
        String region = KeycloakDirectory.freshRegion();
        User coordinator = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        as("nils").contentType(ContentType.JSON).body(Map.of("username", coordinator.username()))
                .put("/api/network/regions/{region}/lead", region).then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString(coordinator.username()));
        as("nils").get("/api/network/regions/{region}/lead", region).then().statusCode(404);
    }
}
