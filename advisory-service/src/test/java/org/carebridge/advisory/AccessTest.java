package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.carebridge.stack.testing.AccessRefusals;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/**
 * Only advisory members reach advisory-service: every other role gets 403 on every endpoint (referrals, digest,
 * lessons, barriers, signals, sessions), no or a forged token 401; only auditors read the audit trail; health,
 * metrics and the OpenAPI document stay open.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class AccessTest extends AccessRefusals {

    private static final UUID ANY = UUID.randomUUID();
    private static final String BARRIER = "{\"title\":\"t\",\"description\":\"d\",\"category\":\"HOUSING\"}";
    private static final String LESSON = "{\"kind\":\"LESSON\",\"title\":\"t\",\"summary\":\"s\","
            + "\"barriers\":[\"HOUSING\"],\"domains\":[],\"regions\":[]}";

    AccessTest() {
        super("ada", "advisory-member");
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(Method.GET, "/api/advisory/referrals", null),
                new Endpoint(Method.GET, "/api/advisory/referrals/" + ANY, null),
                new Endpoint(Method.POST, "/api/advisory/referrals/" + ANY + "/advice", "{\"advice\":\"a\"}"),
                new Endpoint(Method.GET, "/api/advisory/digest?quarter=2026-Q4", null),
                new Endpoint(Method.GET, "/api/advisory/digest/export.csv?quarter=2026-Q4", null),
                new Endpoint(Method.GET, "/api/advisory/lessons", null),
                new Endpoint(Method.GET, "/api/advisory/lessons/" + ANY, null),
                new Endpoint(Method.POST, "/api/advisory/lessons", LESSON),
                new Endpoint(Method.PUT, "/api/advisory/lessons/" + ANY, LESSON),
                new Endpoint(Method.POST, "/api/advisory/lessons/" + ANY + "/publication", null),
                new Endpoint(Method.POST, "/api/advisory/referrals/" + ANY + "/lesson", "{\"title\":\"t\"}"),
                new Endpoint(Method.GET, "/api/advisory/barriers", null),
                new Endpoint(Method.POST, "/api/advisory/barriers", BARRIER),
                new Endpoint(Method.GET, "/api/advisory/barriers/" + ANY, null),
                new Endpoint(Method.PUT, "/api/advisory/barriers/" + ANY, BARRIER),
                new Endpoint(Method.POST, "/api/advisory/barriers/" + ANY + "/evidence", "{\"referralId\":\"" + ANY + "\"}"),
                new Endpoint(Method.POST, "/api/advisory/barriers/" + ANY + "/signals", null),
                new Endpoint(Method.GET, "/api/advisory/signals", null),
                new Endpoint(Method.GET, "/api/advisory/signals/" + ANY, null),
                new Endpoint(Method.GET, "/api/advisory/signals/" + ANY + "/pdf", null),
                new Endpoint(Method.GET, "/api/advisory/sessions", null),
                new Endpoint(Method.POST, "/api/advisory/sessions", "{\"date\":\"2026-12-10\",\"members\":[\"a\"]}"),
                new Endpoint(Method.GET, "/api/advisory/sessions/" + ANY, null),
                new Endpoint(Method.PUT, "/api/advisory/sessions/" + ANY + "/minutes", "{\"minutes\":\"m\"}"),
                new Endpoint(Method.POST, "/api/advisory/sessions/" + ANY + "/decisions",
                        "{\"referralId\":\"" + ANY + "\",\"decision\":\"d\"}"),
                new Endpoint(Method.POST, "/api/advisory/referrals/" + ANY + "/owner", "{\"owner\":\"ada\"}"),
                new Endpoint(Method.POST, "/api/advisory/referrals/" + ANY + "/closure", "{\"reason\":\"r\"}"));
    }

    static Stream<Arguments> wrongRoles() {
        return onEveryEndpoint(endpoints(), "bruno", "anna", "sofie", "otto", "nils");
    }

    @ParameterizedTest(name = "{0} on the audit trail")
    @ValueSource(strings = {"ada", "bruno", "anna", "sofie", "nils"})
    void onlyAuditorsReadTheAuditTrail(String user) {
        as(user).get("/api/advisory/audit").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theAuditorReadsTheTrailAndThatReadIsAuditedToo() {
        as("ada").get("/api/advisory/referrals").then().statusCode(200);
        as("otto").queryParam("actor", "ada").queryParam("size", 5).get("/api/advisory/audit").then().statusCode(200)
                .body("items.actor", everyItem(equalTo("ada"))).body("size", equalTo(5));
        as("otto").queryParam("objectType", "audit").queryParam("actor", "otto").get("/api/advisory/audit")
                .then().statusCode(200).body("items.action", hasItem("READ"));
        as("otto").queryParam("size", "0").get("/api/advisory/audit").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().get("/api/advisory/audit").then().statusCode(401);
    }
}
