package org.carebridge.cases.goal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.support.TestClock;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.problem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Goals per domain with an owner and a due date; overdue goals are flagged and filterable, by the test's clock. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class GoalTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    private static Map<String, Object> goal(String domain, String owner, LocalDate due) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("domain", domain);
        goal.put("title", "Find an internship");
        goal.put("owner", owner);
        goal.put("dueDate", due.toString());
        return goal;
    }

    private static String addGoal(String user, String caseId, Map<String, Object> goal) {
        return as(user).body(goal).when().post("/api/cases/{id}/goals", caseId)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aGoalHasADomainAnOwnerAndADueDateAndBecomesOverdueWhenTimePasses() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        String soon = addGoal("anna", id, goal("WORK", "ben", today().plusDays(1)));
        String later = addGoal("anna", id, goal("SCHOOL", "anna", today().plusDays(30)));
        as("ben").when().get("/api/cases/{id}/goals/{g}", id, soon).then().statusCode(200)
                .body("domain", equalTo("WORK")).body("owner", equalTo("ben")).body("status", equalTo("OPEN"))
                .body("overdue", equalTo(false)).body("createdBy", equalTo("anna"));
        as("ben").when().get("/api/cases/{id}/goals?overdue=true", id).then().body("id", equalTo(List.of()));

        clock.advance(Duration.ofDays(3));
        as("ben").when().get("/api/cases/{id}/goals", id).then().statusCode(200)
                .body("id", equalTo(List.of(soon, later)))
                .body("overdue", equalTo(List.of(true, false)));
        as("ben").when().get("/api/cases/{id}/goals?overdue=true", id).then().body("id", equalTo(List.of(soon)));
        as("ben").when().get("/api/cases/{id}/goals?domain=school", id).then().body("id", equalTo(List.of(later)));

        // done is no longer overdue
        Map<String, Object> done = goal("WORK", "ben", today().plusDays(1));
        done.put("status", "DONE");
        done.remove("domain");
        as("ben").body(done).when().put("/api/cases/{id}/goals/{g}", id, soon).then().statusCode(200)
                .body("status", equalTo("DONE")).body("overdue", equalTo(false));
        as("ben").when().get("/api/cases/{id}/goals?overdue=true", id).then().body("id", equalTo(List.of()));
        as("ben").when().get("/api/cases/{id}/goals?status=DONE", id).then().body("id", equalTo(List.of(soon)));

        as("anna").when().get("/api/cases/{id}/timeline", id).then()
                .body("kind", hasItems("GOAL_SET", "GOAL_UPDATED"))
                .body("find { it.kind == 'GOAL_UPDATED' }.summary", equalTo("Goal in WORK done"));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then()
                .body("items.action", hasItems("GOAL_SET", "GOAL_UPDATED", "GOALS_READ"));
    }

    @Test
    void theOwnerMustBeAMemberAndInputIsValidatedByField() {
        String id = createCase("anna");
        problem(as("anna").body(goal("WORK", "carla", today())).when().post("/api/cases/{id}/goals", id), "owner");
        problem(as("anna").body(goal("HOUSING", "anna", today())).when().post("/api/cases/{id}/goals", id), "domain");
        problem(as("anna").body(goal("WORK", "anna", today().minusDays(1))).when().post("/api/cases/{id}/goals", id),
                "dueDate");
        problem(as("anna").body(goal("WORK", "anna", today().plusYears(11))).when().post("/api/cases/{id}/goals", id),
                "dueDate");
        Map<String, Object> longTitle = goal("WORK", "anna", today());
        longTitle.put("title", "x".repeat(201));
        problem(as("anna").body(longTitle).when().post("/api/cases/{id}/goals", id), "title");
        Map<String, Object> badDate = goal("WORK", "anna", today());
        badDate.put("dueDate", "tomorrow");
        problem(as("anna").body(badDate).when().post("/api/cases/{id}/goals", id), "dueDate");
        problem(as("anna").when().get("/api/cases/{id}/goals?overdue=maybe", id), "overdue");
        problem(as("anna").when().get("/api/cases/{id}/goals?status=LATE", id), "status");

        io.restassured.response.Response created = as("anna").body(goal("WORK", "anna", today()))
                .when().post("/api/cases/{id}/goals", id);
        String g = created.then().statusCode(201).extract().path("id");
        created.then().header("Location", endsWith("/api/cases/" + id + "/goals/" + g));
        Map<String, Object> noStatus = goal("WORK", "anna", today());
        noStatus.remove("domain");
        problem(as("anna").body(noStatus).when().put("/api/cases/{id}/goals/{g}", id, g), "status");
        as("anna").when().get("/api/cases/{id}/goals/{g}", id, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void outsidersAreRefusedOnEveryGoalEndpoint() {
        String id = createCase("anna");
        String g = addGoal("anna", id, goal("WELLBEING", "anna", today().plusDays(5)));
        Map<String, Object> change = goal("WELLBEING", "anna", today().plusDays(5));
        change.remove("domain");
        change.put("status", "DROPPED");
        for (String outsider : List.of("ben", "carla")) {
            as(outsider).when().get("/api/cases/{id}/goals", id).then().statusCode(404);
            as(outsider).when().get("/api/cases/{id}/goals/{g}", id, g).then().statusCode(404);
            as(outsider).body(goal("WORK", outsider, today())).when().post("/api/cases/{id}/goals", id)
                    .then().statusCode(404);
            as(outsider).body(change).when().put("/api/cases/{id}/goals/{g}", id, g).then().statusCode(404);
        }
        for (String role : List.of("bruno", "ada", "nils", "otto")) {
            as(role).when().get("/api/cases/{id}/goals", id).then().statusCode(403);
        }
        as("anna").when().get("/api/cases/{id}/goals", id).then().body("status", equalTo(List.of("OPEN")));
        as("otto").when().get("/api/cases/audit?caseId={id}&actor=carla&size=100", id).then()
                .body("items.action", hasItem("CASE_ACCESS_REFUSED"));
    }
}
