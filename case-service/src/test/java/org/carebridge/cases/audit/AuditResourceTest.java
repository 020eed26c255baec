package org.carebridge.cases.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Every access to a case leaves a line that an auditor, and only an auditor, can read. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class AuditResourceTest {

    @Test
    void readsChangesAndRefusalsOfACaseAreAudited() {
        String caseId = createCase("anna");
        as("anna").when().get("/api/cases/{id}", caseId).then().statusCode(200);
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then().statusCode(200);
        as("ben").when().get("/api/cases/{id}", caseId).then().statusCode(404);

        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", caseId)
                .then().statusCode(200)
                .body("items.action", hasItems("CASE_CREATED", "CASE_READ", "TIMELINE_READ", "CASE_ACCESS_REFUSED"))
                .body("items.find { it.action == 'CASE_READ' }.actor", equalTo("anna"))
                .body("items.find { it.action == 'CASE_READ' }.objectType", equalTo("CASE"))
                .body("items.find { it.action == 'CASE_READ' }.objectId", equalTo(caseId))
                .body("items.find { it.action == 'CASE_READ' }.actorRoles", org.hamcrest.Matchers.containsString("case-worker"))
                .body("items.find { it.action == 'CASE_ACCESS_REFUSED' }.actor", equalTo("ben"))
                .body("items.caseId", org.hamcrest.Matchers.everyItem(equalTo(caseId)))
                // newest first
                .body("items[-1].action", equalTo("CASE_CREATED"));
    }

    @Test
    void theTrailFiltersByActorAndAuditsItsOwnReading() {
        String caseId = createCase("carla");
        as("otto").when().get("/api/cases/audit?actor=carla&size=100").then().statusCode(200)
                .body("items.actor", org.hamcrest.Matchers.everyItem(equalTo("carla")))
                .body("items.caseId", hasItem(caseId));
        as("otto").when().get("/api/cases/audit?actor=otto&size=5").then().statusCode(200)
                .body("items.action", hasItem("READ"));
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        as("anna").when().get("/api/cases/audit").then().statusCode(403);
        as("bruno").when().get("/api/cases/audit").then().statusCode(403);
        as("otto").when().get("/api/cases/audit?caseId=nope").then().statusCode(400)
                .body("errors.field", equalTo(List.of("caseId")));
        // UUID.fromString would read this as 00000001-0002-0003-0004-000000000005 and filter by a case nobody named
        as("otto").when().get("/api/cases/audit?caseId=1-2-3-4-5").then().statusCode(400)
                .body("errors.field", equalTo(List.of("caseId")));
        as("otto").when().get("/api/cases/audit?size=1000").then().statusCode(400)
                .body("errors.field", equalTo(List.of("size")));
    }
}
