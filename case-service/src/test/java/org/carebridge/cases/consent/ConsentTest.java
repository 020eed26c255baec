package org.carebridge.cases.consent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.newCase;
import static org.carebridge.cases.CaseApi.problem;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Consent per member and purpose: recorded, shown, revocable, and what a member without it does not see. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class ConsentTest {

    private static String consent(String by, String caseId, String member, String purpose) {
        return as(by).body(Map.of("member", member, "purpose", purpose, "givenBy", "YOUTH"))
                .when().post("/api/cases/{id}/consents", caseId)
                .then().statusCode(201)
                .body("member", equalTo(member)).body("purpose", equalTo(purpose)).body("live", equalTo(true))
                .body("recordedBy", equalTo(by))
                .extract().path("id");
    }

    @Test
    void withoutConsentAMemberSeesTheWorkButNotTheYouthNorTheJournal() {
        String family = uniqueFamilyName();
        String id = createCase("anna", family, LocalDate.of(2009, 4, 4));
        as("anna").body(Map.of("kind", "YOUTH_VOICE", "text", "I miss my brother.")).when()
                .post("/api/cases/{id}/notes", id).then().statusCode(201);
        addMember("anna", id, "ben");

        // the opener collected the data and sees it; ben, without consent, sees the structure only
        as("anna").when().get("/api/cases/{id}", id).then().body("youth.familyName", equalTo(family))
                .body("restricted", equalTo(List.of()));
        as("ben").when().get("/api/cases/{id}", id).then().statusCode(200)
                .body("youth", nullValue()).body("restricted", equalTo(List.of("IDENTITY", "JOURNAL")))
                .body("members.username", hasItems("anna", "ben")).body("domains", equalTo(List.of("WELLBEING", "SCHOOL")));
        as("ben").when().get("/api/cases?size=100").then()
                .body("items.find { it.id == '" + id + "' }.youth", nullValue());
        as("ben").when().get("/api/cases?q={q}", family).then().body("total", equalTo(0));
        as("ben").when().get("/api/cases/{id}/notes", id).then().statusCode(403)
                .contentType("application/problem+json");
        as("ben").when().get("/api/cases/{id}/timeline", id).then().statusCode(200)
                .body("kind", equalTo(List.of("CASE_CREATED", "MEMBER_ADDED")));
        as("ben").body(Map.of("youth", Map.of("givenName", "X", "familyName", "Y", "dateOfBirth", "2009-04-04"),
                        "intensity", "LIGHT", "domains", List.of("SCHOOL")))
                .when().put("/api/cases/{id}", id).then().statusCode(403);

        // the youth consents to share their identity with ben: name and search open, the journal stays closed
        String identity = consent("anna", id, "ben", "IDENTITY");
        as("ben").when().get("/api/cases/{id}", id).then()
                .body("youth.familyName", equalTo(family)).body("restricted", equalTo(List.of("JOURNAL")));
        as("ben").when().get("/api/cases?q={q}", family).then().body("items.id", equalTo(List.of(id)));
        as("ben").when().get("/api/cases/{id}/notes", id).then().statusCode(403);

        consent("anna", id, "ben", "JOURNAL");
        as("ben").when().get("/api/cases/{id}/notes", id).then().statusCode(200)
                .body("items.summary", equalTo(List.of("I miss my brother.")));
        as("ben").when().get("/api/cases/{id}/timeline", id).then().body("kind", hasItem("YOUTH_VOICE"));

        // revoked: closed again at once; the record stays, marked revoked
        as("anna").when().post("/api/cases/{id}/consents/{c}/revoke", id, identity).then().statusCode(200)
                .body("live", equalTo(false)).body("revokedBy", equalTo("anna"));
        as("ben").when().get("/api/cases/{id}", id).then().body("youth", nullValue());
        as("anna").when().get("/api/cases/{id}/consents", id).then().statusCode(200)
                .body("purpose", equalTo(List.of("IDENTITY", "JOURNAL")))
                .body("live", equalTo(List.of(false, true)));
        as("anna").when().get("/api/cases/{id}/timeline", id).then()
                .body("kind", hasItems("CONSENT_RECORDED", "CONSENT_REVOKED"));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", id).then()
                .body("items.action", hasItems("CONSENT_RECORDED", "CONSENT_REVOKED", "CONSENTS_READ"))
                .body("items.find { it.action == 'CASE_ACCESS_REFUSED' }.actor", equalTo("ben"));
    }

    @Test
    void badConsentsAre400NamingTheFieldAndDuplicatesConflict() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        problem(as("anna").body(Map.of("member", "carla", "purpose", "IDENTITY", "givenBy", "YOUTH"))
                .when().post("/api/cases/{id}/consents", id), "member");
        problem(as("anna").body(Map.of("member", "ben", "purpose", "EVERYTHING", "givenBy", "YOUTH"))
                .when().post("/api/cases/{id}/consents", id), "purpose");
        problem(as("anna").body(Map.of("member", "ben", "purpose", "IDENTITY"))
                .when().post("/api/cases/{id}/consents", id), "givenBy");
        problem(as("anna").body(Map.of("member", "ben bad", "purpose", "IDENTITY", "givenBy", "GUARDIAN"))
                .when().post("/api/cases/{id}/consents", id), "member");
        String k = consent("anna", id, "ben", "IDENTITY");
        as("anna").body(Map.of("member", "ben", "purpose", "IDENTITY", "givenBy", "GUARDIAN"))
                .when().post("/api/cases/{id}/consents", id).then().statusCode(409);
        as("anna").when().post("/api/cases/{id}/consents/{c}/revoke", id, k).then().statusCode(200);
        as("anna").when().post("/api/cases/{id}/consents/{c}/revoke", id, k).then().statusCode(409);
        as("anna").when().post("/api/cases/{id}/consents/{c}/revoke", id, UUID.randomUUID()).then().statusCode(404);
        // after revocation, consent may be given anew
        consent("anna", id, "ben", "IDENTITY");
    }

    @Test
    void consentEndsWithTheMembershipAndIsNotRevivedOnReturn() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        consent("anna", id, "ben", "IDENTITY");
        as("anna").when().delete("/api/cases/{id}/members/{u}", id, "ben").then().statusCode(204);
        addMember("anna", id, "ben");
        as("ben").when().get("/api/cases/{id}", id).then().body("youth", nullValue())
                .body("restricted", hasItem("IDENTITY"));
        as("anna").when().get("/api/cases/{id}/consents", id).then()
                .body("live", equalTo(List.of(false))).body("revokedBy", equalTo(List.of("anna")));
    }

    @Test
    void outsidersAreRefused() {
        String id = createCase("anna");
        addMember("anna", id, "ben");
        String k = consent("anna", id, "ben", "JOURNAL");
        as("carla").when().get("/api/cases/{id}/consents", id).then().statusCode(404);
        as("carla").body(Map.of("member", "ben", "purpose", "IDENTITY", "givenBy", "YOUTH"))
                .when().post("/api/cases/{id}/consents", id).then().statusCode(404);
        as("carla").when().post("/api/cases/{id}/consents/{c}/revoke", id, k).then().statusCode(404);
        for (String role : List.of("bruno", "ada", "nils", "otto")) {
            as(role).when().get("/api/cases/{id}/consents", id).then().statusCode(403);
            as(role).when().post("/api/cases/{id}/consents/{c}/revoke", id, k).then().statusCode(403);
        }
        as("anna").when().get("/api/cases/{id}/consents", id).then().body("live", equalTo(List.of(true)));
        as("anna").body(newCase("A", "B", LocalDate.of(2010, 1, 1))).when().post("/api/cases").then()
                .statusCode(201).body("restricted", not(hasItem("IDENTITY")));
    }
}
