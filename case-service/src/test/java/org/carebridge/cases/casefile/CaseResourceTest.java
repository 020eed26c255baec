package org.carebridge.cases.casefile;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.newCase;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

/** Cases and teams over HTTP with real Keycloak tokens: who may do what, and what the API answers. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class CaseResourceTest {

    @Test
    void aCaseWorkerOpensACaseInHerRegionAndBecomesMemberAndLead() {
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.of(2009, 5, 14);
        io.restassured.response.ValidatableResponse created = as("anna").body(newCase("Samira", family, born))
                .when().post("/api/cases")
                .then().statusCode(201)
                .body("youth.givenName", equalTo("Samira"))
                .body("youth.familyName", equalTo(family))
                .body("youth.dateOfBirth", equalTo("2009-05-14"))
                .body("region", equalTo("north"))
                .body("intensity", equalTo("INTENSIVE"))
                .body("domains", equalTo(List.of("WELLBEING", "SCHOOL")))
                .body("status", equalTo("OPEN"))
                .body("lead", equalTo("anna"))
                .body("members.username", equalTo(List.of("anna")))
                .body("members[0].organisation", equalTo("school"));
        String id = created.extract().path("id");
        created.header("Location", endsWith("/api/cases/" + id));

        as("anna").when().get("/api/cases/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("youth.familyName", equalTo(family))
                .body("lead", equalTo("anna"));

        as("anna").when().get("/api/cases/{id}/timeline", id)
                .then().statusCode(200)
                .body("kind", equalTo(List.of("CASE_CREATED")))
                .body("[0].actor", equalTo("anna"));
    }

    @Test
    void someoneOutsideTheTeamCannotTellTheCaseExists() {
        String id = createCase("anna");
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("/api/cases/{id}", "/api/cases/{id}/timeline", "/api/cases/{id}/escalations")) {
            as("ben").when().get(path, id).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
            // the same answer as for a case that does not exist at all
            as("ben").when().get(path, unknown).then().statusCode(404);
        }
        as("ben").body(org.carebridge.cases.CaseApi.newEscalation())
                .when().post("/api/cases/{id}/escalations", id).then().statusCode(404);
        as("ben").body(Map.of("username", "ben", "organisation", "social-services", "role", "social worker"))
                .when().post("/api/cases/{id}/members", id).then().statusCode(404);
        as("ben").when().get("/api/cases?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void unknownOrMalformedCaseIdIs404() {
        as("anna").when().get("/api/cases/{id}", UUID.randomUUID()).then().statusCode(404);
        as("anna").when().get("/api/cases/{id}", "not-a-uuid").then().statusCode(404);
    }

    @Test
    void wrongRoleIs403AndNoTokenIs401() {
        as("bruno").body(newCase("Samira", uniqueFamilyName(), LocalDate.of(2009, 5, 14)))
                .when().post("/api/cases")
                .then().statusCode(403);
        as("bruno").when().get("/api/cases").then().statusCode(403);
        given().contentType("application/json").body(newCase("Samira", "X", LocalDate.of(2009, 5, 14)))
                .when().post("/api/cases").then().statusCode(401);
        given().when().get("/api/cases").then().statusCode(401);
        given().when().get("/api/cases/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2("not.a.token").when().get("/api/cases").then().statusCode(401);
    }

    @Test
    void membersCanAddColleaguesOnceAndTheyThenSeeTheCase() {
        String id = createCase("anna");
        as("anna").body(Map.of("username", "Ben", "organisation", "social-services", "role", "social worker"))
                .when().post("/api/cases/{id}/members", id)
                .then().statusCode(201)
                .body("username", equalTo("ben"))
                .body("addedBy", equalTo("anna"));
        as("ben").when().get("/api/cases/{id}", id).then().statusCode(200)
                .body("members.username", containsInAnyOrder("anna", "ben"))
                .body("lead", equalTo("anna"));
        as("ben").when().get("/api/cases?size=100").then().statusCode(200).body("items.id", hasItem(id));

        as("ben").body(Map.of("username", "anna", "organisation", "school", "role", "coach"))
                .when().post("/api/cases/{id}/members", id)
                .then().statusCode(409).contentType("application/problem+json");
        as("anna").when().get("/api/cases/{id}/timeline", id).then().statusCode(200)
                .body("kind", equalTo(List.of("CASE_CREATED", "MEMBER_ADDED")));
    }

    @Test
    void myCasesArePagedNewestFirstWithoutOverlap() {
        String first = createCase("carla");
        String second = createCase("carla");
        String third = createCase("carla");
        as("carla").when().get("/api/cases?page=0&size=2").then().statusCode(200)
                .body("items.id", equalTo(List.of(third, second)))
                .body("page", equalTo(0)).body("size", equalTo(2));
        as("carla").when().get("/api/cases?page=1&size=2").then().statusCode(200)
                .body("items[0].id", equalTo(first))
                .body("items.region", everyItem(equalTo("south")));
        int total = as("carla").when().get("/api/cases").then().statusCode(200).extract().path("total");
        as("carla").when().get("/api/cases?size=100").then().body("items", hasSize(lessThanOrEqualTo(100)))
                .body("items", hasSize(total));
    }

    @Test
    void pagingParametersAreValidatedByName() {
        problem(as("anna").when().get("/api/cases?size=101"), "size");
        problem(as("anna").when().get("/api/cases?size=0"), "size");
        problem(as("anna").when().get("/api/cases?page=-1"), "page");
        problem(as("anna").when().get("/api/cases?page=abc"), "page");
    }

    @Test
    void badCaseInputIs400NamingTheField() {
        Map<String, Object> noYouth = new HashMap<>(newCase("Samira", "X", LocalDate.of(2009, 5, 14)));
        noYouth.remove("youth");
        problem(as("anna").body(noYouth).when().post("/api/cases"), "youth");

        problem(as("anna").body(newCase(" ", "X", LocalDate.of(2009, 5, 14))).when().post("/api/cases"),
                "youth.givenName");
        problem(as("anna").body(newCase("Samira", "x".repeat(10_000), LocalDate.of(2009, 5, 14)))
                .when().post("/api/cases"), "youth.familyName");
        problem(as("anna").body(newCase("Samira", "X", LocalDate.now().plusDays(1))).when().post("/api/cases"),
                "youth.dateOfBirth");

        Map<String, Object> wrongEnum = new HashMap<>(newCase("Samira", "X", LocalDate.of(2009, 5, 14)));
        wrongEnum.put("intensity", "EXTREME");
        problem(as("anna").body(wrongEnum).when().post("/api/cases"), "intensity");

        Map<String, Object> unknownField = new HashMap<>(newCase("Samira", "X", LocalDate.of(2009, 5, 14)));
        unknownField.put("nickname", "Sam");
        problem(as("anna").body(unknownField).when().post("/api/cases"), "nickname");

        Map<String, Object> noDomains = new HashMap<>(newCase("Samira", "X", LocalDate.of(2009, 5, 14)));
        noDomains.put("domains", List.of());
        problem(as("anna").body(noDomains).when().post("/api/cases"), "domains");

        problem(as("anna").body("{not json").when().post("/api/cases"), "body");
        // broken inside an object: the problem names where the document broke
        problem(as("anna").body("{\"youth\": {\"givenName\": \"Samira\",").when().post("/api/cases"), "youth");
        problem(as("anna").body(Map.of("username", "ben", "organisation", "", "role", "coach"))
                .when().post("/api/cases/{id}/members", createCase("anna")), "organisation");
    }

    private static void problem(io.restassured.response.Response response, String field) {
        response.then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }
}
