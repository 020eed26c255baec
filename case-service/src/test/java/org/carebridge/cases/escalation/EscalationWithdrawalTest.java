package org.carebridge.cases.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.cases.EventsTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The team withdraws its open escalation: state, timeline, audit and exactly the documented event. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class EscalationWithdrawalTest extends EventsTest {



    static io.restassured.response.ValidatableResponse withdraw(String user, String caseId, String escalationId) {
        return as(user).when().post("/api/cases/{id}/escalations/{e}/withdrawal", caseId, escalationId).then();
    }

    @Test
    void withdrawingEndsTheEscalationAndTellsTheBridgeOnce() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);

        withdraw("anna", caseId, escalationId).statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo("anna"))
                .body("resolution", nullValue());

        as("anna").when().get("/api/cases/{id}", caseId).then().body("status", equalTo("OPEN"));
        as("anna").when().get("/api/cases/{id}/escalations", caseId).then().statusCode(200)
                .body("status", equalTo(List.of("WITHDRAWN")))
                .body("[0].withdrawnBy", equalTo("anna"));
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "ESCALATED", "ESCALATION_WITHDRAWN")))
                .body("[2].refId", equalTo(escalationId))
                .body("[2].actor", equalTo("anna"));

        JsonNode event = events.publishedOne(CaseEscalationWithdrawnV1.TOPIC, caseId, CaseEscalationWithdrawnV1.TYPE);
        AsyncApiDocument.ours().assertProducedShape(CaseEscalationWithdrawnV1.TYPE, event);
        assertEquals(caseId, event.get("subject").asText());
        JsonNode data = event.get("data");
        assertEquals(escalationId, data.get("escalationId").asText());
        assertEquals(caseId, data.get("caseId").asText());
        assertEquals("north", data.get("region").asText());
        assertEquals("anna", data.get("withdrawnBy").asText());

        // the case is free for a new escalation, and the withdrawn one cannot be withdrawn again
        withdraw("anna", caseId, escalationId).statusCode(409).contentType("application/problem+json");
        escalate("anna", caseId);
        assertEquals(1, events.published(CaseEscalationWithdrawnV1.TOPIC, caseId, CaseEscalationWithdrawnV1.TYPE, 1).size());

        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", caseId).then()
                .body("items.action", hasItem(EscalationService.AUDIT_WITHDRAWN));
    }

    @Test
    void onlyTheTeamWithdrawsItsOwnEscalation() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String othersCase = createCase("carla");
        String othersEscalation = escalate("carla", othersCase);

        withdraw("ben", caseId, escalationId).statusCode(404).contentType("application/problem+json");
        withdraw("bruno", caseId, escalationId).statusCode(403);
        withdraw("ada", caseId, escalationId).statusCode(403);
        // an escalation of another case under my case's id is as unknown as a random id
        withdraw("anna", caseId, othersEscalation).statusCode(404);
        withdraw("anna", caseId, UUID.randomUUID().toString()).statusCode(404);
        withdraw("anna", caseId, "not-a-uuid").statusCode(404);

        as("anna").when().get("/api/cases/{id}/escalations/{e}", caseId, escalationId).then()
                .body("status", equalTo("RAISED"));
        as("carla").when().get("/api/cases/{id}/escalations/{e}", othersCase, othersEscalation).then()
                .body("status", equalTo("RAISED"));
    }
}
