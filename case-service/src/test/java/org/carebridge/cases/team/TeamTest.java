package org.carebridge.cases.team;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.problem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The team and its one accountable lead, over HTTP with real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class TeamTest {

    @Test
    void organisationsComeFromTheFixedListAndTheOldDemoCodeIsMapped() {
        String id = createCase("anna");
        as("anna").body(Map.of("username", "ben", "organisation", "guardianship", "role", "guardian"))
                .when().post("/api/cases/{id}/members", id)
                .then().statusCode(201).body("organisation", equalTo("guardian"));
        problem(as("anna").body(Map.of("username", "carla", "organisation", "police", "role", "officer"))
                .when().post("/api/cases/{id}/members", id), "organisation");
        // carla's account says "guardianship": her new case records the list's code
        String south = createCase("carla");
        as("carla").when().get("/api/cases/{id}/members", south).then().statusCode(200)
                .body("members[0].organisation", equalTo("guardian"));
    }

    @Test
    void aMemberChangesOrganisationAndRoleOfAColleague() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        as("anna").body(Map.of("organisation", "youth-work", "role", "youth worker"))
                .when().put("/api/cases/{id}/members/{u}", id, "BEN")
                .then().statusCode(200)
                .body("username", equalTo("ben")).body("organisation", equalTo("youth-work"))
                .body("role", equalTo("youth worker"));
        as("ben").when().get("/api/cases/{id}/members", id).then().statusCode(200)
                .body("members.find { it.username == 'ben' }.organisation", equalTo("youth-work"));
        problem(as("anna").body(Map.of("organisation", "youth-work", "role", ""))
                .when().put("/api/cases/{id}/members/{u}", id, "ben"), "role");
        problem(as("anna").body(Map.of("organisation", "nope", "role", "x"))
                .when().put("/api/cases/{id}/members/{u}", id, "ben"), "organisation");
        as("anna").body(Map.of("organisation", "other", "role", "x"))
                .when().put("/api/cases/{id}/members/{u}", id, "carla").then().statusCode(404);
        as("anna").when().get("/api/cases/{id}/timeline", id).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "MEMBER_ADDED", "MEMBER_CHANGED")));
    }

    @Test
    void theLeadIsOneMemberAndChangesOnlyToAMember() {
        String id = createCase("anna");
        problem(as("anna").body(Map.of("username", "ben")).when().put("/api/cases/{id}/lead", id), "username");
        problem(as("anna").body(Map.of("username", "")).when().put("/api/cases/{id}/lead", id), "username");
        problem(as("anna").body(Map.of()).when().put("/api/cases/{id}/lead", id), "username");
        addMember("anna", id, "ben");
        as("anna").body(Map.of("username", "ben")).when().put("/api/cases/{id}/lead", id)
                .then().statusCode(200).body("lead", equalTo("ben")).body("leadMissing", equalTo(false));
        as("ben").when().get("/api/cases/{id}", id).then().statusCode(200)
                .body("lead", equalTo("ben")).body("leadMissing", equalTo(false));
        as("anna").when().get("/api/cases/{id}/timeline", id).then()
                .body("kind", hasItem("LEAD_CHANGED"))
                .body("find { it.kind == 'LEAD_CHANGED' }.summary", equalTo("ben is the lead (was anna)"));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then().statusCode(200)
                .body("items.action", hasItems("LEAD_CHANGED", "MEMBER_ADDED"));
    }

    @Test
    void removingTheLeadLeavesTheCaseFlaggedAtOnce() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        as("anna").body(Map.of("username", "ben")).when().put("/api/cases/{id}/lead", id).then().statusCode(200);
        // the lead leaves the team (TeamRules: anyone but the creator may leave)
        as("ben").when().delete("/api/cases/{id}/members/{u}", id, "ben").then().statusCode(204);

        as("anna").when().get("/api/cases/{id}", id).then().statusCode(200)
                .body("lead", nullValue()).body("leadMissing", equalTo(true))
                .body("members.username", equalTo(List.of("anna")));
        as("anna").when().get("/api/cases?leadMissing=true&size=100").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.leadMissing", equalTo(true));
        // the removed member no longer sees the case
        as("ben").when().get("/api/cases/{id}", id).then().statusCode(404);
        as("ben").when().get("/api/cases?size=100").then().body("items.id", not(hasItem(id)));
        as("anna").when().get("/api/cases/{id}/timeline", id).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "MEMBER_ADDED", "LEAD_CHANGED", "MEMBER_REMOVED",
                        "LEAD_CHANGED")));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then()
                .body("items.action", hasItem("MEMBER_REMOVED"));

        // a new lead, appointed by the creator while there is none, clears the flag
        as("anna").body(Map.of("username", "anna")).when().put("/api/cases/{id}/lead", id)
                .then().statusCode(200).body("leadMissing", equalTo(false));
        as("anna").when().get("/api/cases?leadMissing=true&size=100").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void theLastMemberCannotLeaveAndUnknownMembersAre404() {
        String id = createCase("anna");
        as("anna").when().delete("/api/cases/{id}/members/{u}", id, "anna")
                .then().statusCode(409).contentType("application/problem+json");
        as("anna").when().delete("/api/cases/{id}/members/{u}", id, "ben").then().statusCode(404);
        as("anna").when().get("/api/cases/{id}/members", id).then()
                .body("members.username", containsInAnyOrder("anna")).body("lead", equalTo("anna"));
    }

    @Test
    void outsidersGet404OnEveryTeamEndpointAndOtherRoles403() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        as("carla").when().get("/api/cases/{id}/members", id).then().statusCode(404);
        as("carla").body(Map.of("username", "carla", "organisation", "other", "role", "x"))
                .when().post("/api/cases/{id}/members", id).then().statusCode(404);
        as("carla").body(Map.of("organisation", "other", "role", "x"))
                .when().put("/api/cases/{id}/members/{u}", id, "ben").then().statusCode(404);
        as("carla").when().delete("/api/cases/{id}/members/{u}", id, "ben").then().statusCode(404);
        as("carla").body(Map.of("username", "ben")).when().put("/api/cases/{id}/lead", id).then().statusCode(404);
        for (String other : List.of("bruno", "ada", "nils", "otto")) {
            as(other).when().get("/api/cases/{id}/members", id).then().statusCode(403);
            as(other).body(Map.of("username", "ben")).when().put("/api/cases/{id}/lead", id).then().statusCode(403);
            as(other).when().delete("/api/cases/{id}/members/{u}", id, "ben").then().statusCode(403);
        }
        as("anna").when().get("/api/cases/{id}", id).then().body("members.username", containsInAnyOrder("anna", "ben"));
        as("otto").when().get("/api/cases/audit?caseId={id}&actor=carla&size=100", id).then()
                .body("items.action", org.hamcrest.Matchers.everyItem(equalTo("CASE_ACCESS_REFUSED")))
                .body("items", org.hamcrest.Matchers.hasSize(5));
    }
}
