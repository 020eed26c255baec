package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.carebridge.network.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A network-admin sets each region's lead coordinator; coordinators read their own region's only. */
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
