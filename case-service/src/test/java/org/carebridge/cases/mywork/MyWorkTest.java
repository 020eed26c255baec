package org.carebridge.cases.mywork;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.carebridge.cases.CaseApi.handover;
import static org.carebridge.cases.CaseApi.requestHandover;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code GET /api/me/work} with users made in Keycloak for each test, in a region of their own: only the caller's own
 * goals, escalations and handovers, only from cases they are on; goal texts only with JOURNAL consent.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class MyWorkTest {

    private String lead;
    private String worker;
    private String outsider;

    @BeforeEach
    void freshUsers() {
        String region = KeycloakDirectory.freshRegion();
        lead = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
        worker = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
        outsider = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    private static String goal(String by, String caseId, String owner, String title, LocalDate due) {
        return as(by).body(Map.of("domain", "SCHOOL", "title", title, "owner", owner, "dueDate", due.toString()))
                .when().post("/api/cases/{id}/goals", caseId).then().statusCode(201).extract().path("id");
    }

    @Test
    void aCaseWorkerSeesHerGoalsOfHerCasesOnlyAndTheirTextWithJournalConsent() {
        String family = uniqueFamilyName();
        String shared = createCase(lead, family, LocalDate.of(2010, 4, 5));
        addMember(lead, shared, worker);
        String later = goal(lead, shared, worker, "Find an internship", today().plusDays(20));
        String sooner = goal(lead, shared, worker, "Visit the school", today().plusDays(3));
        goal(lead, shared, lead, "The lead's own goal", today().plusDays(1));
        String notHers = createCase(lead);
        goal(lead, notHers, lead, "Another case's goal", today().plusDays(2));
        // a goal she owned on a case she has since left is no longer her work
        String left = createCase(lead);
        addMember(lead, left, worker);
        String leftGoal = goal(lead, left, worker, "Left behind", today().plusDays(5));
        as(worker).when().delete("/api/cases/{id}/members/{u}", left, worker).then().statusCode(204);

        as(worker).when().get("/api/me/work").then().statusCode(200)
                .body("goals.goalId", equalTo(List.of(sooner, later)))
                .body("goals.caseId", equalTo(List.of(shared, shared)))
                .body("goals[0].domain", equalTo("SCHOOL"))
                .body("goals[0].status", equalTo("OPEN"))
                .body("goals[0].dueDate", equalTo(today().plusDays(3).toString()))
                .body("goals[0].overdue", equalTo(false))
                .body("goals.goalId", not(hasItem(leftGoal)))
                // she is not the creator and has no JOURNAL consent: the goal's free text is withheld
                .body("goals[0].description", nullValue())
                .body("goals[0].restricted", equalTo(List.of("JOURNAL")))
                // nothing of the youth: no name, no birth date (the list of cases shows them with IDENTITY consent)
                .body(not(containsString(family)))
                .body(not(containsString("2010-04-05")));

        as(lead).body(Map.of("member", worker, "purpose", "JOURNAL", "givenBy", "GUARDIAN"))
                .when().post("/api/cases/{id}/consents", shared).then().statusCode(201);
        as(worker).when().get("/api/me/work").then().statusCode(200)
                .body("goals.description", equalTo(List.of("Visit the school", "Find an internship")))
                .body("goals[0].restricted", equalTo(List.of()));
        // the lead, creator of all three cases, sees her own goals with their text, not the worker's
        as(lead).when().get("/api/me/work").then().statusCode(200)
                .body("goals.description", equalTo(List.of("The lead's own goal", "Another case's goal")))
                .body(not(containsString(family)));

        // a goal done is no longer open work
        as(worker).body(Map.of("title", "Visit the school", "owner", worker, "dueDate",
                        today().plusDays(3).toString(), "status", "DONE"))
                .when().put("/api/cases/{id}/goals/{g}", shared, sooner).then().statusCode(200);
        as(worker).when().get("/api/me/work").then().body("goals.goalId", equalTo(List.of(later)));
    }

    @Test
    void openEscalationsSheRaisedAndHandoversSheMayDecide() {
        String hers = createCase(worker);
        String escalation = escalate(worker, hers);
        String theLeads = createCase(lead);
        escalate(lead, theLeads);
        // the lead of a case she is on asks her to take over the lead: she sees which case
        String onTeam = createCase(lead);
        addMember(lead, onTeam, worker);
        String toMember = requestHandover(lead, onTeam, handover("LEAD", "LEAD_CHANGE", worker, "school", null));
        // a handover to her of a case she is not on: she may decide it, but the case stays unnamed until she accepts
        String offTeam = createCase(lead);
        String toHer = requestHandover(lead, offTeam, handover("CASE", "MOVE", worker, "school", null));
        // one to her organisation in her region: any of its case workers may decide it
        String toSchool = requestHandover(lead, createCase(lead),
                handover("CASE", "SCHOOL_TO_WORK", null, "school", null));

        as(worker).when().get("/api/me/work").then().statusCode(200)
                .body("escalations.escalationId", equalTo(List.of(escalation)))
                .body("escalations[0].caseId", equalTo(hers))
                .body("escalations[0].barrier", equalTo("SCHOOL_ACCESS"))
                .body("escalations[0].urgency", equalTo("HIGH"))
                .body("escalations[0].status", equalTo("RAISED"))
                .body("escalations[0].ladder.tier", equalTo("TEAM")) // no step from the bridge in this test
                .body("escalations[0].ladder.owner", nullValue())
                .body("escalations[0].whatWasTried", nullValue())
                .body("handovers.handoverId", equalTo(List.of(toMember, toHer, toSchool)))
                .body("handovers.caseId", equalTo(Arrays.asList(onTeam, null, null)))
                .body("handovers.kind", equalTo(List.of("LEAD_CHANGE", "MOVE", "SCHOOL_TO_WORK")))
                .body("handovers.scope", equalTo(List.of("LEAD", "CASE", "CASE")));
        // a colleague of her organisation on none of these cases: only the one addressed to the organisation
        as(outsider).when().get("/api/me/work").then().statusCode(200)
                .body("goals", equalTo(List.of()))
                .body("escalations", equalTo(List.of()))
                .body("handovers.handoverId", equalTo(List.of(toSchool)))
                .body("handovers[0].caseId", nullValue());

        as(worker).when().post("/api/cases/{id}/escalations/{e}/withdrawal", hers, escalation).then().statusCode(200);
        as(worker).when().post("/api/cases/handovers/{h}/decline", toHer).then().statusCode(200);
        as(worker).when().get("/api/me/work").then().statusCode(200)
                .body("escalations", equalTo(List.of()))
                .body("handovers.handoverId", equalTo(List.of(toMember, toSchool)));
    }

    @Test
    void aNonMemberSeesNothingAndEveryCallIsAudited() {
        String c = createCase(lead);
        addMember(lead, c, worker);
        goal(lead, c, worker, "Find an internship", today().plusDays(3));
        escalate(lead, c);

        as(outsider).when().get("/api/me/work").then().statusCode(200)
                .body("goals", equalTo(List.of()))
                .body("escalations", equalTo(List.of()))
                .body("handovers", equalTo(List.of()));
        as("otto").when().get("/api/cases/audit?actor={a}&size=100", outsider).then().statusCode(200)
                .body("items.findAll { it.action == 'MY_WORK_READ' }.size()", equalTo(1))
                .body("items.find { it.action == 'MY_WORK_READ' }.reason",
                        equalTo("goals 0, escalations 0, handovers 0"));
    }

    @Test
    void onlyCaseWorkersMayAsk() {
        String coordinator = KeycloakDirectory.ofTestStack()
                .create("bridge-coordinator", KeycloakDirectory.freshRegion()).username();
        as(coordinator).when().get("/api/me/work").then().statusCode(403)
                .contentType("application/problem+json");
        as("otto").when().get("/api/me/work").then().statusCode(403);
        given().when().get("/api/me/work").then().statusCode(401);
    }
}
