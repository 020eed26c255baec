package org.carebridge.cases.team;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.problem;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TeamRules rule 2's exception over HTTP, with users created in Keycloak for each test: a network-admin of the
 * case's region allows one case worker of another region onto one case; the admin sees nothing of the case; others
 * get the erasure endpoint's answers; a withdrawn allowance lets nobody join again and removes nobody.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class TeamAllowanceTest {

    private static final String REASON = "The youth's school coach moved to the neighbouring region and stays on";

    private String region;
    private String creator;
    private String admin;
    private String elsewhere;

    @BeforeEach
    void freshRegionWithAnAdmin() {
        region = KeycloakDirectory.freshRegion();
        creator = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
        admin = KeycloakDirectory.ofTestStack().create("network-admin", region).username();
        elsewhere = KeycloakDirectory.ofTestStack().create("case-worker", KeycloakDirectory.freshRegion()).username();
    }

    private static Response allow(String by, String caseId, String username, String reason) {
        return as(by).body(Map.of("username", username, "reason", reason))
                .when().post("/api/cases/{id}/team-allowances", caseId);
    }

    private static ValidatableResponse withdraw(String by, String caseId, String username) {
        return as(by).when().delete("/api/cases/{id}/team-allowances/{u}", caseId, username).then();
    }

    private static ValidatableResponse allowances(String by, String caseId) {
        return as(by).when().get("/api/cases/{id}/team-allowances", caseId).then();
    }

    private static Response add(String by, String caseId, String username) {
        return as(by).body(Map.of("username", username, "organisation", "school", "role", "school coach"))
                .when().post("/api/cases/{id}/members", caseId);
    }

    private static ValidatableResponse lead(String by, String caseId, String lead) {
        return as(by).body(Map.of("username", lead)).when().put("/api/cases/{id}/lead", caseId).then();
    }

    private static ValidatableResponse members(String caseId, String as) {
        return as(as).when().get("/api/cases/{id}/members", caseId).then().statusCode(200);
    }

    @Test
    void anAdminOfTheRegionAllowsOneWorkerOfAnotherRegionOntoOneCaseWithoutSeeingIt() {
        String family = uniqueFamilyName();
        String id = createCase(creator, family, LocalDate.now().minusYears(16));
        String other = createCase(creator);
        problem(add(creator, id, elsewhere), "username");
        add(creator, id, elsewhere).then().body("errors.message", hasItem(containsString("region")));

        String answer = allow(admin, id, elsewhere, REASON).then().statusCode(201)
                .body("caseId", equalTo(id)).body("username", equalTo(elsewhere)).body("reason", equalTo(REASON))
                .body("allowedBy", equalTo(admin)).body("allowedAt", notNullValue()).body("withdrawnAt", nullValue())
                .extract().asString();
        String list = allowances(admin, id).statusCode(200).body("username", equalTo(List.of(elsewhere)))
                .extract().asString();
        for (String seen : List.of(answer, list)) { // nothing of the youth, nothing of the team
            assertEquals(-1, seen.indexOf(family), seen);
            assertEquals(-1, seen.indexOf(creator), seen);
        }
        as(admin).when().get("/api/cases/{id}", id).then().statusCode(403);
        as(admin).when().get("/api/cases/{id}/members", id).then().statusCode(403);

        add(creator, id, elsewhere).then().statusCode(201).body("username", equalTo(elsewhere));
        lead(creator, id, elsewhere).statusCode(200).body("lead", equalTo(elsewhere));
        problem(add(creator, other, elsewhere), "username"); // one case, not the region's every case
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then()
                .body("items.action", hasItems("TEAM_ALLOWANCE_GRANTED", "TEAM_ALLOWANCES_READ"))
                .body("items.find { it.action == 'TEAM_ALLOWANCE_GRANTED' }.actor", equalTo(admin))
                .body("items.find { it.action == 'MEMBER_ADDED' && it.reason?.contains('" + elsewhere + "') }.reason",
                        containsString("allowed by " + admin));
    }

    @Test
    void aWithdrawnAllowanceLetsNobodyJoinAgainAndRemovesNobody() {
        String id = createCase(creator);
        String second = KeycloakDirectory.ofTestStack().create("case-worker", KeycloakDirectory.freshRegion()).username();
        allow(admin, id, elsewhere, REASON).then().statusCode(201);
        allow(admin, id, second, REASON).then().statusCode(201);
        allow(admin, id, second, REASON).then().statusCode(409).contentType("application/problem+json");
        add(creator, id, elsewhere).then().statusCode(201);

        withdraw(admin, id, elsewhere).statusCode(204);
        withdraw(admin, id, second).statusCode(204);
        withdraw(admin, id, second).statusCode(404).contentType("application/problem+json");
        members(id, creator).body("members.username", hasItem(elsewhere)); // who joined stays
        problem(add(creator, id, second), "username");
        lead(creator, id, elsewhere).statusCode(400).body("errors.field", hasItem("username"));
        as(elsewhere).when().delete("/api/cases/{id}/members/{u}", id, elsewhere).then().statusCode(204);
        problem(add(creator, id, elsewhere), "username"); // once left, rejoining needs a new allowance
        allowances(admin, id).body("withdrawnBy", equalTo(List.of(admin, admin)))
                .body("withdrawnAt", not(hasItem(nullValue())));

        allow(admin, id, elsewhere, REASON).then().statusCode(201); // allowed anew
        add(creator, id, elsewhere).then().statusCode(201);
    }

    @Test
    void anAllowedWorkerIsStillVerifiedInKeycloakWhenAdded() {
        String id = createCase(creator);
        allow(admin, id, elsewhere, REASON).then().statusCode(201);
        KeycloakDirectory.ofTestStack().disable(elsewhere);
        problem(add(creator, id, elsewhere), "username");
        add(creator, id, elsewhere).then().body("errors.message", hasItem(containsString("no such user")));
    }

    @Test
    void anAdminOfAnotherRegionAndAnUnknownCaseGetTheErasureEndpointsAnswers() {
        String id = createCase(creator);
        String otherAdmin = KeycloakDirectory.ofTestStack().create("network-admin", KeycloakDirectory.freshRegion()).username();
        Map<String, Object> erasure = Map.of("reason", "YOUTH_REQUEST");
        for (String caseId : List.of(id, UUID.randomUUID().toString())) {
            String expected = as(otherAdmin).body(erasure).when().post("/api/cases/{id}/erasure", caseId).then()
                    .statusCode(404).contentType("application/problem+json").extract().asString();
            assertEquals(expected, allow(otherAdmin, caseId, elsewhere, REASON).then().statusCode(404)
                    .contentType("application/problem+json").extract().asString());
            assertEquals(expected, allowances(otherAdmin, caseId).statusCode(404).extract().asString());
            assertEquals(expected, withdraw(otherAdmin, caseId, elsewhere).statusCode(404).extract().asString());
        }
        as("otto").when().get("/api/cases/audit?caseId={id}&actor={a}&size=100", id, otherAdmin).then()
                .body("items.findAll { it.action == 'CASE_ACCESS_REFUSED' }.reason",
                        hasItem("team allowance outside the admin's region"));
        add(creator, id, elsewhere).then().statusCode(400); // nothing was allowed
    }

    @Test
    void aCaseWorkerIsRefusedAsForErasureEvenOnTheirOwnCase() {
        String id = createCase(creator);
        as(creator).body(Map.of("reason", "YOUTH_REQUEST")).when().post("/api/cases/{id}/erasure", id).then()
                .statusCode(403);
        allow(creator, id, elsewhere, REASON).then().statusCode(403).contentType("application/problem+json");
        allowances(creator, id).statusCode(403);
        withdraw(creator, id, elsewhere).statusCode(403);
        add(creator, id, elsewhere).then().statusCode(400);
    }

    @Test
    void badInputIsA400NamingTheFieldAndAReasonNamingTheYouthIsRefusedOnRecord() {
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.of(2009, 3, 14);
        String id = createCase(creator, family, born);
        problem(allow(admin, id, elsewhere, "Her family, " + family + ", moved"), "reason");
        problem(allow(admin, id, elsewhere, "born 14 March 2009, moved"), "reason");
        problem(allow(admin, id, elsewhere, " "), "reason");
        problem(allow(admin, id, elsewhere, "x".repeat(501)), "reason");
        problem(allow(admin, id, "nobody-" + elsewhere, REASON), "username");
        problem(allow(admin, id, KeycloakDirectory.ofTestStack().create("bridge-coordinator", KeycloakDirectory.freshRegion()).username(), REASON), "username");
        problem(allow(admin, id, "not a login", REASON), "username");
        String sameRegion = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
        allow(admin, id, sameRegion, REASON).then().statusCode(400)
                .body("errors.message", hasItem(containsString("no allowance needed")));
        allowances(admin, id).body("size()", equalTo(0));
        as("otto").when().get("/api/cases/audit?caseId={id}&actor={a}&size=100", id, admin).then()
                .body("items.findAll { it.action == 'TEAM_ALLOWANCE_REFUSED' }.size()", equalTo(2));
    }

    @Test
    void erasureBlanksTheAllowancesReason() {
        String id = createCase(creator);
        allow(admin, id, elsewhere, REASON).then().statusCode(201);
        as(admin).body(Map.of("reason", "YOUTH_REQUEST")).when().post("/api/cases/{id}/erasure", id).then()
                .statusCode(200);
        allowances(admin, id).body("reason", equalTo(List.of("[erased]")));
        allow(admin, id, KeycloakDirectory.ofTestStack().create("case-worker", KeycloakDirectory.freshRegion()).username(), REASON).then().statusCode(409);
    }
}
