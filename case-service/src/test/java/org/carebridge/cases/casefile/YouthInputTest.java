package org.carebridge.cases.casefile;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.newCase;
import static org.carebridge.cases.CaseApi.newEscalation;
import static org.carebridge.cases.CaseApi.problem;
import static org.hamcrest.Matchers.equalTo;

/** Lists in a body name each entry once, and a youth's birth date lies within the configured ages (0 to 27). */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class YouthInputTest {

    // the service's day may be Brussels' or UTC's (validation): the edges below keep two days off either
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void aRepeatedListEntryIs400NamingTheList() {
        Map<String, Object> body = new HashMap<>(newCase("Samira", "X", TODAY.minusYears(15)));
        body.put("domains", List.of("SCHOOL", "SCHOOL"));
        problem(as("anna").body(body).when().post("/api/cases"), "domains");

        Map<String, Object> youth = new HashMap<>(Map.of("givenName", "Samira", "familyName", "X",
                "dateOfBirth", TODAY.minusYears(15).toString(), "languages", List.of("ar", "ti", "ar")));
        problem(as("anna").body(Map.of("youth", youth, "intensity", "LIGHT", "domains", List.of("WORK")))
                .when().post("/api/cases"), "youth.languages");

        String id = createCase("anna");
        problem(as("anna").body(Map.of("youth", Map.of("givenName", "S", "familyName", "X",
                        "dateOfBirth", TODAY.minusYears(15).toString()), "intensity", "LIGHT",
                        "domains", List.of("WORK", "WORK"))).when().put("/api/cases/{id}", id), "domains");
        Map<String, Object> escalation = new HashMap<>(newEscalation());
        escalation.put("triedMeasures", List.of("TEAM_MEETING", "TEAM_MEETING"));
        problem(as("anna").body(escalation).when().post("/api/cases/{id}/escalations", id), "triedMeasures");
    }

    @Test
    void theBirthDateIsWithinTheServedAges() {
        for (LocalDate born : List.of(TODAY.minusYears(36), TODAY.minusYears(28))) {
            problem(as("anna").body(newCase("Samira", "X", born)).when().post("/api/cases"), "youth.dateOfBirth");
        }
        as("anna").body(newCase("Samira", "X", TODAY.minusYears(28).plusDays(2))).when().post("/api/cases")
                .then().statusCode(201);
        String id = as("anna").body(newCase("Samira", "X", TODAY.minusDays(2))).when().post("/api/cases")
                .then().statusCode(201).extract().path("id");
        problem(as("anna").body(Map.of("youth", Map.of("givenName", "Samira", "familyName", "X",
                        "dateOfBirth", TODAY.minusYears(40).toString()), "intensity", "LIGHT",
                        "domains", List.of("WORK"))).when().put("/api/cases/{id}", id), "youth.dateOfBirth");
        as("anna").when().get("/api/cases/{id}", id).then().body("youth.dateOfBirth",
                equalTo(TODAY.minusDays(2).toString()));
    }
}
