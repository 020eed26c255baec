package org.carebridge.cases;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.carebridge.stack.testing.KeycloakTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test shorthand for calling case-service as a demo user with a real Keycloak token. */
public final class CaseApi {

    private CaseApi() {
    }

    /** A real access token (password grant of the demo user); KeycloakTokens caches it for a minute. */
    public static String token(String username) {
        return KeycloakTokens.accessToken(username);
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(token(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A family name no other test uses, so assertions on "does not contain" cannot pass by accident. */
    public static String uniqueFamilyName() {
        return "Fam" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static Map<String, Object> newCase(String givenName, String familyName, LocalDate dateOfBirth) {
        return Map.of(
                "youth", Map.of("givenName", givenName, "familyName", familyName, "dateOfBirth", dateOfBirth.toString()),
                "intensity", "INTENSIVE",
                "domains", List.of("SCHOOL", "WELLBEING"));
    }

    public static String createCase(String username, String familyName, LocalDate dateOfBirth) {
        return as(username).body(newCase("Samira", familyName, dateOfBirth))
                .when().post("/api/cases")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String createCase(String username) {
        return createCase(username, uniqueFamilyName(), LocalDate.now().minusYears(16).minusMonths(3));
    }

    public static Map<String, Object> newEscalation() {
        return Map.of(
                "barrier", "SCHOOL_ACCESS",
                "urgency", "HIGH",
                "whatWasTried", "Two team meetings; the school has no place before the new term.",
                "triedMeasures", List.of("TEAM_MEETING", "SCHOOL_ADJUSTMENT"));
    }

    public static String escalate(String username, String caseId) {
        return as(username).body(newEscalation())
                .when().post("/api/cases/{id}/escalations", caseId)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** {@code member} joins the case as a social worker of social services, added by {@code by}. */
    public static void addMember(String by, String caseId, String member) {
        as(by).body(Map.of("username", member, "organisation", "social-services", "role", "social worker"))
                .when().post("/api/cases/{id}/members", caseId)
                .then().statusCode(201);
    }

    /** Asserts a problem+json 400 naming {@code field}. */
    public static void problem(io.restassured.response.Response response, String field) {
        response.then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(400))
                .body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    /** Body of a handover request; null fields are sent as null. */
    public static Map<String, Object> handover(String scope, String reason, String toUsername, String toOrganisation,
                                               String dueBy) {
        Map<String, Object> body = new HashMap<>();
        body.put("scope", scope);
        body.put("reason", reason);
        body.put("toUsername", toUsername);
        body.put("toOrganisation", toOrganisation);
        body.put("dueBy", dueBy);
        return body;
    }

    /** Requests a handover of the case, expecting 201; returns its id. */
    public static String requestHandover(String user, String caseId, Map<String, Object> body) {
        return as(user).body(body).when().post("/api/cases/{id}/handovers", caseId)
                .then().statusCode(201).extract().path("id");
    }

    /** The receiver's decision: "accept" or "decline". */
    public static io.restassured.response.ValidatableResponse decideHandover(String user, String handoverId, String decision) {
        return as(user).when().post("/api/cases/handovers/{h}/" + decision, handoverId).then();
    }
}
