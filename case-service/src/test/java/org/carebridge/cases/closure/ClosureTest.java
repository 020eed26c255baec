package org.carebridge.cases.closure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.support.TestClock;
import org.carebridge.platform.retention.RetentionJob;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.carebridge.cases.CaseApi.problem;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Closing with an outcome, retention after the configured period (by the test's clock), erasure on request. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class ClosureTest {

    @Inject
    TestClock clock;
    @Inject
    RetentionJob retention;
    @ConfigProperty(name = "carebridge.retention.period", defaultValue = "P730D")
    Duration period;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMemberClosesTheCaseWithAnOutcomeAndItIsThenReadOnly() {
        String id = createCase("anna");
        problem(as("anna").body(Map.of("outcome", "SOLVED")).when().post("/api/cases/{id}/close", id), "outcome");
        problem(as("anna").body(Map.of()).when().post("/api/cases/{id}/close", id), "outcome");
        as("ben").body(Map.of("outcome", "GOALS_REACHED")).when().post("/api/cases/{id}/close", id)
                .then().statusCode(404);
        as("nils").body(Map.of("outcome", "GOALS_REACHED")).when().post("/api/cases/{id}/close", id)
                .then().statusCode(403);

        as("anna").body(Map.of("outcome", "GOALS_REACHED")).when().post("/api/cases/{id}/close", id)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("GOALS_REACHED"))
                .body("closedBy", equalTo("anna")).body("closedAt", notNullValue());
        as("anna").when().get("/api/cases/{id}", id).then()
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("GOALS_REACHED"));
        as("anna").body(Map.of("outcome", "OTHER")).when().post("/api/cases/{id}/close", id).then().statusCode(409);
        as("anna").body(Map.of("kind", "NOTE", "text", "x")).when().post("/api/cases/{id}/notes", id)
                .then().statusCode(409);
        as("anna").body(Map.of("username", "ben", "organisation", "school", "role", "x"))
                .when().post("/api/cases/{id}/members", id).then().statusCode(409);
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then()
                .body("items.action", hasItem("CASE_CLOSED"));
    }

    @Test
    void anEscalatedCaseIsNotClosedUnderTheBridgesFeet() {
        String id = createCase("anna");
        escalate("anna", id);
        as("anna").body(Map.of("outcome", "OTHER")).when().post("/api/cases/{id}/close", id).then().statusCode(409);
    }

    @Test
    void retentionErasesPersonalDataOnceThePeriodHasPassedAndOnlyOnce() {
        String family = uniqueFamilyName();
        String id = createCase("anna", family, LocalDate.of(2008, 8, 8));
        addMember("anna", id, "ben");
        as("anna").body(Map.of("kind", "YOUTH_VOICE", "text", "I want to live with my aunt.")).when()
                .post("/api/cases/{id}/notes", id).then().statusCode(201);
        as("anna").body(Map.of("domain", "WELLBEING", "title", "Move in with the aunt", "owner", "ben",
                "dueDate", LocalDate.now().plusDays(10).toString())).when().post("/api/cases/{id}/goals", id)
                .then().statusCode(201);
        as("anna").body(Map.of("outcome", "MOVED_AWAY")).when().post("/api/cases/{id}/close", id)
                .then().statusCode(200);

        retention.drain();
        as("anna").when().get("/api/cases/{id}", id).then().body("youth.familyName", equalTo(family))
                .body("erasedAt", nullValue());

        clock.advance(period.plusDays(1));
        retention.drain();
        as("anna").when().get("/api/cases/{id}", id).then().statusCode(200)
                .body("youth.givenName", nullValue()).body("youth.familyName", nullValue())
                .body("youth.dateOfBirth", nullValue()).body("youth.languages", equalTo(List.of()))
                .body("erasedAt", notNullValue())
                // the structure remains
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("MOVED_AWAY"))
                .body("region", equalTo("north")).body("members.username", hasItem("ben"));
        as("anna").when().get("/api/cases/{id}/notes", id).then().body("items.summary", equalTo(List.of("[erased]")));
        as("anna").when().get("/api/cases/{id}/goals", id).then().body("title", equalTo(java.util.Arrays.asList((String) null)))
                .body("domain", equalTo(List.of("WELLBEING")));
        as("anna").when().get("/api/cases?q={q}", family).then().body("total", equalTo(0));

        retention.drain(); // idempotent: nothing more happens to an erased case
        as("anna").when().get("/api/cases/{id}/timeline", id).then()
                .body("findAll { it.kind == 'PERSONAL_DATA_ERASED' }", hasSize(1))
                .body("find { it.kind == 'PERSONAL_DATA_ERASED' }.actor", equalTo("system"));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then()
                .body("items.findAll { it.action == 'PERSONAL_DATA_ERASED' }", hasSize(1))
                .body("items.find { it.action == 'PERSONAL_DATA_ERASED' }.actor",
                        equalTo("system:carebridge/case-service"));
    }

    @Test
    void aNetworkAdminOfTheRegionErasesAnOpenCaseOnRequest() {
        String north = createCase("anna");
        String south = createCase("carla");
        problem(as("nils").body(Map.of("reason", "BECAUSE")).when().post("/api/cases/{id}/erasure", north), "reason");
        as("anna").body(Map.of("reason", "YOUTH_REQUEST")).when().post("/api/cases/{id}/erasure", north)
                .then().statusCode(403);
        as("nils").body(Map.of("reason", "YOUTH_REQUEST")).when().post("/api/cases/{id}/erasure", south)
                .then().statusCode(404);
        as("nils").body(Map.of("reason", "YOUTH_REQUEST")).when().post("/api/cases/{id}/erasure", UUID.randomUUID())
                .then().statusCode(404);
        as("carla").when().get("/api/cases/{id}", south).then().body("youth.givenName", equalTo("Samira"));

        as("nils").body(Map.of("reason", "GUARDIAN_REQUEST")).when().post("/api/cases/{id}/erasure", north)
                .then().statusCode(200).body("caseId", equalTo(north)).body("erasedAt", notNullValue());
        as("anna").when().get("/api/cases/{id}", north).then()
                .body("youth.familyName", nullValue()).body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("OTHER"));
        as("nils").body(Map.of("reason", "GUARDIAN_REQUEST")).when().post("/api/cases/{id}/erasure", north)
                .then().statusCode(409);
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", north).then()
                .body("items.find { it.action == 'PERSONAL_DATA_ERASED' }.actor", equalTo("nils"));
        as("otto").when().get("/api/cases/audit?caseId={id}&actor=nils&size=100", south).then()
                .body("items.action", everyItem(equalTo("CASE_ACCESS_REFUSED"))).body("items", hasSize(1));
    }
}
