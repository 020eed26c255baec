package org.carebridge.cases.privacy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.newCase;
import static org.carebridge.cases.CaseApi.newEscalation;
import static org.carebridge.cases.CaseApi.problem;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

/**
 * case-service refuses the youth's own name and birth date in every free text that leaves it (what was tried goes
 * to the bridge on case.escalations, a member's role on case.teams), over HTTP with real tokens.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class NamesStayTest {

    private static final LocalDate BORN = LocalDate.now().minusYears(15).withMonth(3).withDayOfMonth(14);

    @Test
    void whatWasTriedNamingTheYouthIsRefusedAndNothingIsRaised() {
        String family = uniqueFamilyName();
        String id = caseOf(family);
        for (String text : List.of("We talked with samira and her mother", family.toUpperCase() + " family",
                "born " + BORN, "born 14. mars " + BORN.getYear(), "born March 14, " + BORN.getYear())) {
            problem(as("anna").body(escalation(text)).when().post("/api/cases/{id}/escalations", id), "whatWasTried");
        }
        as("anna").body(escalation("born " + BORN)).when().post("/api/cases/{id}/escalations", id)
                .then().body("errors.message", hasItem(containsString("name or birth date")));
        as("anna").when().get("/api/cases/{id}/escalations", id).then().statusCode(200).body("$", empty());
        as("anna").body(escalation("Two team meetings; born in spring")).when()
                .post("/api/cases/{id}/escalations", id).then().statusCode(201);
    }

    @Test
    void aRoleNamingTheYouthIsRefusedWhenAddingChangingOrCreating() {
        String family = uniqueFamilyName();
        String id = caseOf(family);
        problem(as("anna").body(Map.of("username", "ben", "organisation", "school", "role", "mentor of Samíra"))
                .when().post("/api/cases/{id}/members", id), "role");
        addMember("anna", id, "ben");
        problem(as("anna").body(Map.of("organisation", "school", "role", "coach of the " + family + "'s kid"))
                .when().put("/api/cases/{id}/members/{u}", id, "ben"), "role");
        problem(as("anna").body(Map.of("organisation", "school", "role", family + " coach"))
                .when().put("/api/cases/{id}/members/{u}", id, "ben"), "role");

        Map<String, Object> body = new HashMap<>(newCase("Samira", uniqueFamilyName(), BORN));
        body.put("role", "Samira's coach");
        problem(as("anna").body(body).when().post("/api/cases"), "role");
    }

    private static String caseOf(String family) {
        return as("anna").body(newCase("Samira", family, BORN)).when().post("/api/cases")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> escalation(String whatWasTried) {
        Map<String, Object> body = new HashMap<>(newEscalation());
        body.put("whatWasTried", whatWasTried);
        return body;
    }
}
