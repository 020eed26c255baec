package org.carebridge.cases.team;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.carebridge.cases.CaseApi.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * TeamRules over HTTP with users created in Keycloak for each test, in a region of its own: who records consent,
 * who picks the lead, who removes whom, who closes, who may join, and what JOURNAL consent hides.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class GovernanceTest {

    @Inject
    DataSource dataSource;

    private String region;
    private String creator;
    private String second;
    private String third;

    @BeforeEach
    void freshTeam() {
        region = KeycloakDirectory.freshRegion();
        creator = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
        second = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
        third = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
    }

    private static ValidatableResponse consent(String by, String caseId, String member, String purpose) {
        return as(by).body(Map.of("member", member, "purpose", purpose, "givenBy", "GUARDIAN"))
                .when().post("/api/cases/{id}/consents", caseId).then();
    }

    private static ValidatableResponse lead(String by, String caseId, String lead) {
        return as(by).body(Map.of("username", lead)).when().put("/api/cases/{id}/lead", caseId).then();
    }

    private static ValidatableResponse remove(String by, String caseId, String member) {
        return as(by).when().delete("/api/cases/{id}/members/{u}", caseId, member).then();
    }

    private static ValidatableResponse close(String by, String caseId) {
        return as(by).body(Map.of("outcome", "GOALS_REACHED")).when().post("/api/cases/{id}/close", caseId).then();
    }

    private String teamOfThree() {
        String id = createCase(creator);
        addMember(creator, id, second);
        addMember(second, id, third); // any member adds a verified colleague
        return id;
    }

    @Test
    void aMemberNeverRecordsConsentForThemselvesOnlyTheLeadDoesAndSaysWhoGaveIt() {
        String id = teamOfThree();
        consent(second, id, second, "IDENTITY").statusCode(403).contentType("application/problem+json");
        consent(second, id, third, "JOURNAL").statusCode(403);
        as(second).when().get("/api/cases/{id}", id).then().body("youth", nullValue());

        consent(creator, id, second, "IDENTITY").statusCode(201)
                .body("givenBy", equalTo("GUARDIAN")).body("recordedBy", equalTo(creator));
        lead(creator, id, second).statusCode(200);
        // the lead records for others, not for themselves; the creator records for the lead
        consent(second, id, second, "JOURNAL").statusCode(403);
        consent(creator, id, third, "JOURNAL").statusCode(403);
        consent(second, id, third, "JOURNAL").statusCode(201).body("recordedBy", equalTo(second));
        String forLead = consent(creator, id, second, "JOURNAL").statusCode(201).extract().path("id");
        // revoking follows the same rule
        as(third).when().post("/api/cases/{id}/consents/{c}/revoke", id, forLead).then().statusCode(403);
        as(second).when().post("/api/cases/{id}/consents/{c}/revoke", id, forLead).then().statusCode(403);
        as(creator).when().post("/api/cases/{id}/consents/{c}/revoke", id, forLead).then().statusCode(200)
                .body("revokedBy", equalTo(creator));
    }

    @Test
    void onlyTheLeadHandsOverAndWithoutALeadTheCreatorAppoints() {
        String id = teamOfThree();
        lead(second, id, second).statusCode(403).contentType("application/problem+json");
        lead(third, id, second).statusCode(403);
        lead(creator, id, second).statusCode(200).body("lead", equalTo(second));
        lead(creator, id, creator).statusCode(403); // the creator is no longer the one to decide
        lead(third, id, third).statusCode(403);
        remove(second, id, second).statusCode(204); // the lead leaves: no lead
        as(creator).when().get("/api/cases/{id}/members", id).then().body("leadMissing", equalTo(true));
        lead(third, id, third).statusCode(403);
        lead(creator, id, third).statusCode(200).body("lead", equalTo(third));
    }

    @Test
    void theCreatorIsRemovedByNobodyAndOnlyTheLeadRemovesOthers() {
        String id = teamOfThree();
        remove(second, id, creator).statusCode(403);
        remove(second, id, third).statusCode(403);
        lead(creator, id, second).statusCode(200);
        remove(second, id, creator).statusCode(403); // not even by the lead
        remove(creator, id, third).statusCode(403); // the creator is no longer the one to decide
        remove(second, id, third).statusCode(204);
        as(creator).body(Map.of("organisation", "other", "role", "x"))
                .when().put("/api/cases/{id}/members/{u}", id, second).then().statusCode(403);
        // the creator leaves once someone else leads
        remove(creator, id, creator).statusCode(204);
        as(second).when().get("/api/cases/{id}/members", id).then().body("members.username", equalTo(List.of(second)));
    }

    @Test
    void theCreatorCannotLeaveACaseWithoutAnotherLead() {
        String id = teamOfThree();
        remove(creator, id, creator).statusCode(403);
        remove(third, id, third).statusCode(204); // anyone else may leave
    }

    @Test
    void aLeadNoLongerOnTheTeamCountsAsNone() {
        String id = teamOfThree();
        lead(creator, id, second).statusCode(200);
        // data of before these rules: a lead who is not a member (a phantom) must not lock the team out
        new Db(dataSource).update("delete from case_member where case_id = ?::uuid and username = ?", id, second);
        lead(third, id, third).statusCode(403);
        lead(creator, id, third).statusCode(200).body("lead", equalTo(third));
    }

    @Test
    void onlyTheLeadClosesTheCase() {
        String id = teamOfThree();
        close(second, id).statusCode(403).contentType("application/problem+json");
        lead(creator, id, third).statusCode(200);
        close(creator, id).statusCode(403);
        close(third, id).statusCode(200);
    }

    @Test
    void membersAreRealCaseWorkersOfTheCasesRegion() {
        String id = createCase(creator);
        String elsewhere = KeycloakDirectory.ofTestStack().create("case-worker", KeycloakDirectory.freshRegion()).username();
        String advisory = KeycloakDirectory.ofTestStack().create("advisory-member", region).username();
        String coordinator = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region).username();
        for (String bad : List.of("nobody-" + second, elsewhere, advisory, coordinator, "ben")) {
            problem(as(creator).body(member(bad)).when().post("/api/cases/{id}/members", id), "username");
        }
        as(creator).body(member("nobody-" + second)).when().post("/api/cases/{id}/members", id).then()
                .body("errors.message", hasItem(containsString("no such user")));
        as(creator).body(member(elsewhere)).when().post("/api/cases/{id}/members", id).then()
                .body("errors.message", hasItem(containsString("region")));
        as(creator).when().get("/api/cases/{id}/members", id).then()
                .body("members.username", equalTo(List.of(creator)));
        addMember(creator, id, second);
    }

    @Test
    void withoutJournalConsentWhatWasTriedAndGoalTitlesAreHidden() {
        String id = teamOfThree();
        escalate(creator, id);
        Map<String, Object> goal = new HashMap<>(Map.of("domain", "WORK", "title", "Find an internship",
                "owner", second, "dueDate", java.time.LocalDate.now().plusDays(20).toString()));
        String goalId = as(creator).body(goal).when().post("/api/cases/{id}/goals", id)
                .then().statusCode(201).body("title", equalTo("Find an internship")).extract().path("id");
        as(second).when().get("/api/cases/{id}/escalations", id).then().statusCode(200)
                .body("[0].whatWasTried", nullValue()).body("[0].restricted", equalTo(List.of("JOURNAL")))
                .body("[0].barrier", equalTo("SCHOOL_ACCESS"));
        as(second).when().get("/api/cases/{id}/goals/{g}", id, goalId).then().statusCode(200)
                .body("title", nullValue()).body("restricted", equalTo(List.of("JOURNAL")));
        as(second).when().get("/api/cases/{id}/goals", id).then().body("[0].title", nullValue());

        consent(creator, id, second, "JOURNAL").statusCode(201);
        as(second).when().get("/api/cases/{id}/escalations", id).then()
                .body("[0].whatWasTried", containsString("team meetings")).body("[0].restricted", equalTo(List.of()));
        as(second).when().get("/api/cases/{id}/goals/{g}", id, goalId).then()
                .body("title", equalTo("Find an internship"));
        as(third).when().get("/api/cases/{id}/goals/{g}", id, goalId).then().body("title", nullValue());
    }

    private static Map<String, Object> member(String username) {
        return Map.of("username", username, "organisation", "school", "role", "coach");
    }
}
