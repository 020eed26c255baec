package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A network-admin sets each region's lead coordinator, who must be a bridge coordinator of that region (users
 * created in Keycloak on the fly); coordinators read their own region's only.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class RegionLeadTest {

    @Test
    void theAdminSetsTheLeadAndTheRegionsCoordinatorsReadIt() {
        as("nils").contentType(ContentType.JSON).body(Map.of("username", "sofie"))
                .put("/api/network/regions/south/lead").then().statusCode(200)
                .body("region", equalTo("south")).body("username", equalTo("sofie")).body("setBy", equalTo("nils"));
        as("sofie").get("/api/network/regions/south/lead").then().statusCode(200).body("username", equalTo("sofie"));
        as("nils").get("/api/network/regions/south/lead").then().statusCode(200);
        as("bruno").get("/api/network/regions/south/lead").then().statusCode(404);
    }

    @Test
    void theLeadIsAnEnabledBridgeCoordinatorOfThatRegionAsKeycloakKnowsThem() {
        String region = KeycloakDirectory.freshRegion();
        User coordinator = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        User elsewhere = KeycloakDirectory.ofTestStack().create("bridge-coordinator", KeycloakDirectory.freshRegion());
        User caseWorker = KeycloakDirectory.ofTestStack().create("case-worker", region);
        String phantom = "phantom-" + UUID.randomUUID().toString().substring(0, 8);
        for (String refused : List.of(elsewhere.username(), caseWorker.username(), phantom, "nils")) {
            as("nils").contentType(ContentType.JSON).body(Map.of("username", refused))
                    .put("/api/network/regions/{region}/lead", region).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("username"));
        }
        as("nils").get("/api/network/regions/{region}/lead", region).then().statusCode(404); // nothing was stored
        as("nils").contentType(ContentType.JSON).body(Map.of("username", coordinator.username()))
                .put("/api/network/regions/{region}/lead", region).then().statusCode(200)
                .body("username", equalTo(coordinator.username()));
    }

    @ParameterizedTest(name = "{0} may not set a lead")
    @ValueSource(strings = {"bruno", "anna", "ada", "otto"})
    void onlyTheAdminSetsALead(String user) {
        as(user).contentType(ContentType.JSON).body(Map.of("username", user))
                .put("/api/network/regions/north/lead").then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} may not read a lead")
    @ValueSource(strings = {"anna", "ada", "otto"})
    void otherRolesReadNoLead(String user) {
        as(user).get("/api/network/regions/north/lead").then().statusCode(403);
    }

    @Test
    void badInputIsNamed() {
        as("nils").contentType(ContentType.JSON).body(Map.of("username", "Bruno Peeters"))
                .put("/api/network/regions/north/lead").then().statusCode(400).body("errors.field", hasItem("username"));
        as("nils").contentType(ContentType.JSON).body("{}")
                .put("/api/network/regions/north/lead").then().statusCode(400).body("errors.field", hasItem("username"));
        as("nils").contentType(ContentType.JSON).body(Map.of("username", "bruno"))
                .put("/api/network/regions/NORTH_/lead").then().statusCode(400).body("errors.field", hasItem("region"));
        as("nils").get("/api/network/regions/nowhere/lead").then().statusCode(404);
    }
}
