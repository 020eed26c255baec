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

import io.restassured.response.Response;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.escalate;
import static org.carebridge.cases.CaseApi.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The case's fields, editing by a member, and "my cases" with its filters, search, order and bounds. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class MyCasesTest {

    /** A token in every family name of one test, so that "q" isolates its cases from everyone else's. */
    private static String token() {
        return "Tk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static Map<String, Object> youth(String given, String family, LocalDate born) {
        Map<String, Object> youth = new HashMap<>();
        youth.put("givenName", given);
        youth.put("familyName", family);
        youth.put("dateOfBirth", born.toString());
        youth.put("languages", List.of("ar", "fr"));
        youth.put("legalSituation", Map.of("unaccompaniedMinor", true, "residenceStatus", "ASYLUM_SEEKER"));
        return youth;
    }

    private static String open(String user, Map<String, Object> youth, String intensity, List<String> domains) {
        return as(user).body(Map.of("youth", youth, "intensity", intensity, "domains", domains))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
    }

    @Test
    void languagesAndLegalSituationAreRecordedAndAMemberEditsTheCase() {
        String family = token();
        String id = open("anna", youth("Samira", family, LocalDate.of(2010, 2, 3)), "LIGHT", List.of("SCHOOL"));
        as("anna").when().get("/api/cases/{id}", id).then().statusCode(200)
                .body("youth.languages", equalTo(List.of("ar", "fr")))
                .body("youth.legalSituation.unaccompaniedMinor", equalTo(true))
                .body("youth.legalSituation.residenceStatus", equalTo("ASYLUM_SEEKER"))
                .body("version", equalTo(0));
        addMember("anna", id, "ben");
        // ben edits the youth's details: he needs the youth's consent to see them (ConsentRules)
        as("anna").body(Map.of("member", "ben", "purpose", "IDENTITY", "givenBy", "YOUTH"))
                .when().post("/api/cases/{id}/consents", id).then().statusCode(201);

        Map<String, Object> edited = youth("Samira", family, LocalDate.of(2010, 2, 3));
        edited.put("languages", List.of("ti"));
        edited.put("legalSituation", Map.of("unaccompaniedMinor", false, "residenceStatus", "TEMPORARY_PERMIT"));
        as("ben").body(Map.of("youth", edited, "intensity", "INTENSIVE", "domains", List.of("SCHOOL", "WORK"),
                        "version", 0))
                .when().put("/api/cases/{id}", id).then().statusCode(200)
                .body("youth.languages", equalTo(List.of("ti")))
                .body("youth.legalSituation.residenceStatus", equalTo("TEMPORARY_PERMIT"))
                .body("intensity", equalTo("INTENSIVE"))
                .body("domains", equalTo(List.of("SCHOOL", "WORK")))
                .body("version", equalTo(1));
        // an edit based on the old version is refused instead of overwriting ben's
        as("anna").body(Map.of("youth", edited, "intensity", "LIGHT", "domains", List.of("SCHOOL"), "version", 0))
                .when().put("/api/cases/{id}", id).then().statusCode(409);

        as("anna").when().get("/api/cases/{id}/timeline", id).then()
                .body("find { it.kind == 'CASE_UPDATED' }.summary",
                        // the timeline names fields, not the youth's data
                        equalTo("Case details updated: languages, legal situation, intensity, domains"));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then()
                .body("items.action", hasItem("CASE_UPDATED"));
        as("carla").body(Map.of("youth", edited, "intensity", "LIGHT", "domains", List.of("SCHOOL")))
                .when().put("/api/cases/{id}", id).then().statusCode(404);
        as("bruno").body(Map.of("youth", edited, "intensity", "LIGHT", "domains", List.of("SCHOOL")))
                .when().put("/api/cases/{id}", id).then().statusCode(403);
    }

    @Test
    void badCaseFieldsAre400NamingTheField() {
        String id = open("anna", youth("Samira", token(), LocalDate.of(2010, 2, 3)), "LIGHT", List.of("SCHOOL"));
        Map<String, Object> badLanguage = youth("Samira", "X", LocalDate.of(2010, 2, 3));
        badLanguage.put("languages", List.of("Arabic"));
        Response languageProblem = as("anna").body(Map.of("youth", badLanguage, "intensity", "LIGHT",
                "domains", List.of("SCHOOL"))).when().put("/api/cases/{id}", id);
        languageProblem.then().statusCode(400).body("errors[0].field", containsString("youth.languages"));
        Map<String, Object> badStatus = youth("Samira", "X", LocalDate.of(2010, 2, 3));
        badStatus.put("legalSituation", Map.of("residenceStatus", "ILLEGAL"));
        problem(as("anna").body(Map.of("youth", badStatus, "intensity", "LIGHT", "domains", List.of("SCHOOL")))
                .when().put("/api/cases/{id}", id), "youth.legalSituation.residenceStatus");
        problem(as("anna").body(Map.of("youth", youth("", "X", LocalDate.of(2010, 2, 3)), "intensity", "LIGHT",
                "domains", List.of("SCHOOL"))).when().put("/api/cases/{id}", id), "youth.givenName");
        problem(as("anna").body(Map.of("youth", youth("S", "X", LocalDate.of(2010, 2, 3)), "intensity", "LIGHT",
                "domains", List.of())).when().put("/api/cases/{id}", id), "domains");
        problem(as("anna").body(Map.of("youth", youth("S", "X", LocalDate.of(2010, 2, 3)), "intensity", "LIGHT",
                "domains", List.of("SCHOOL"), "version", "one")).when().put("/api/cases/{id}", id), "version");
        as("anna").body(Map.of("youth", youth("S", "X", LocalDate.of(2010, 2, 3)), "intensity", "LIGHT",
                "domains", List.of("SCHOOL"))).when().put("/api/cases/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void myCasesFilterByStatusDomainIntensityTransitionAndLead() {
        String t = token();
        LocalDate today = LocalDate.now();
        String due = open("carla", youth("Amal", t + "Due", today.minusYears(18).plusMonths(3)), "INTENSIVE",
                List.of("WORK"));
        String notYet = open("carla", youth("Bilal", t + "Later", today.minusYears(18).plusMonths(7)), "LIGHT",
                List.of("SCHOOL"));
        String adult = open("carla", youth("Chadi", t + "Adult", today.minusYears(18).minusDays(1)), "LIGHT",
                List.of("WELLBEING", "SCHOOL"));
        escalate("carla", adult);

        mine("q=" + t + "&transitionDue=true", List.of(due));
        mine("q=" + t + "&domain=school&sort=name", List.of(adult, notYet));
        mine("q=" + t + "&intensity=LIGHT&status=OPEN", List.of(notYet));
        mine("q=" + t + "&status=ESCALATED", List.of(adult));
        mine("q=" + t + "&leadMissing=true", List.of());
        mine("q=" + t + "&sort=birthdate", List.of(adult, due, notYet));
        mine("q=" + t + "&sort=NAME", List.of(adult, due, notYet));
        mine("q=" + t, List.of(adult, notYet, due));
        as("carla").when().get("/api/cases?q={q}&transitionDue=true", t).then()
                .body("items[0].transitionDue", equalTo(true)).body("total", equalTo(1));
    }

    @Test
    void theSearchFindsGivenFamilyAndFullNameButNoWildcards() {
        String t = token();
        String id = open("ben", youth("Zainab", t + "Osei", LocalDate.of(2009, 1, 1)), "LIGHT", List.of("SCHOOL"));
        mine("ben", "q=" + t.toUpperCase() + "OSEI", List.of(id));
        mine("ben", "q=zainab " + t, List.of(id));
        as("ben").when().get("/api/cases?q=zainab&size=100").then().body("items.id", hasItem(id));
        // a % is a character to look for, not "anything"
        as("ben").when().get("/api/cases?q=%25&size=100").then().body("total", equalTo(0));
        // another team's youth is not found by name
        as("carla").when().get("/api/cases?q={q}", t).then().body("total", equalTo(0));
    }

    @Test
    void filterParametersAreValidatedByName() {
        problem(as("anna").when().get("/api/cases?status=DONE"), "status");
        problem(as("anna").when().get("/api/cases?domain=HOUSING"), "domain");
        problem(as("anna").when().get("/api/cases?intensity=HIGH"), "intensity");
        problem(as("anna").when().get("/api/cases?transitionDue=yes"), "transitionDue");
        problem(as("anna").when().get("/api/cases?leadMissing=1"), "leadMissing");
        problem(as("anna").when().get("/api/cases?sort=random"), "sort");
        problem(as("anna").when().get("/api/cases?q=" + "x".repeat(101)), "q");
        // offset paging is bounded: past 10 000 cases, narrow the filter
        problem(as("anna").when().get("/api/cases?page=101&size=100"), "page");
        as("anna").when().get("/api/cases?page=100&size=100").then().statusCode(200);
    }

    private static void mine(String query, List<String> ids) {
        mine("carla", query, ids);
    }

    private static void mine(String user, String query, List<String> ids) {
        as(user).when().get("/api/cases?size=100&" + query).then().statusCode(200)
                .body("items.id", equalTo(ids)).body("total", equalTo(ids.size()));
    }
}
