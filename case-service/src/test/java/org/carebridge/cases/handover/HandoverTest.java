package org.carebridge.cases.handover;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.cases.EventsTest;
import org.carebridge.cases.handover.HandoverEvents.CaseHandoverAcceptedV1;
import org.carebridge.cases.handover.HandoverEvents.CaseHandoverDeclinedV1;
import org.carebridge.cases.handover.HandoverEvents.CaseHandoverRequestedV1;
import org.carebridge.cases.handover.HandoverEvents.CaseHandoverWithdrawnV1;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.decideHandover;
import static org.carebridge.cases.CaseApi.handover;
import static org.carebridge.cases.CaseApi.requestHandover;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Warm handovers through the API with real tokens: nothing changes hands until the receiver accepts. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class HandoverTest extends EventsTest {

    static final ZoneId LOCAL = ZoneId.of("Europe/Brussels");



    @Test
    void aNamedReceiverSeesOnlyWhatDecidingNeedsAndOnAcceptingBecomesMemberAndLead() {
        String family = uniqueFamilyName();
        LocalDate today = LocalDate.now(LOCAL);
        LocalDate born = today.minusYears(18).plusMonths(5); // turns 18 in five months
        String caseId = createCase("anna", family, born);
        String dueBy = today.plusMonths(2).toString();

        ValidatableResponse requested = as("anna")
                .body(handover("CASE", "AGE_18_TRANSITION", "Ben", "social-services", dueBy))
                .when().post("/api/cases/{id}/handovers", caseId).then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("fromUsername", equalTo("anna"))
                .body("fromOrganisation", equalTo("school"))
                .body("toUsername", equalTo("ben"))
                .body("dueBy", equalTo(dueBy));
        String handoverId = requested.extract().path("id");
        requested.header("Location", endsWith("/api/cases/" + caseId + "/handovers/" + handoverId));

        // warm: before acceptance ben is not on the team, and anna stays the lead
        as("ben").when().get("/api/cases/{id}", caseId).then().statusCode(404);
        as("anna").when().get("/api/cases/{id}", caseId).then().body("lead", equalTo("anna"))
                .body("transitionDue", equalTo(true));
        String incoming = as("ben").when().get("/api/cases/handovers/incoming").then().statusCode(200)
                .body("id", hasItem(handoverId))
                .body("find { it.id == '" + handoverId + "' }.ageBand", equalTo("16-17"))
                .body("find { it.id == '" + handoverId + "' }.turns18In",
                        equalTo(YearMonth.from(born.plusYears(18)).toString()))
                .body("find { it.id == '" + handoverId + "' }.reason", equalTo("AGE_18_TRANSITION"))
                .extract().asString();
        assertFalse(incoming.contains(family), "no name before acceptance");
        assertFalse(incoming.contains(born.toString()), "no birth date before acceptance");
        assertFalse(incoming.contains(caseId), "no way into the case before acceptance");
        as("carla").when().get("/api/cases/handovers/incoming").then().statusCode(200)
                .body("id", not(hasItem(handoverId)));
        decideHandover("carla", handoverId, "accept").statusCode(404).contentType("application/problem+json");
        decideHandover("anna", handoverId, "accept").statusCode(404);
        decideHandover("bruno", handoverId, "accept").statusCode(403);
        as("ben").when().get("/api/cases/{id}/handovers/{h}", caseId, handoverId).then().statusCode(404);

        JsonNode requestedEvent = events.publishedOne(HandoverEvents.TOPIC, caseId, CaseHandoverRequestedV1.TYPE);
        AsyncApiDocument.ours().assertProducedShape(CaseHandoverRequestedV1.TYPE, requestedEvent);
        assertFalse(requestedEvent.toString().contains(family), "family name left case-service");
        assertFalse(requestedEvent.toString().contains(born.toString()), "birth date left case-service");
        JsonNode data = requestedEvent.get("data");
        assertEquals(YearMonth.from(born.plusYears(18)).toString(), data.get("turns18In").asText());
        assertEquals("ben", data.get("toUsername").asText());
        assertEquals("CASE", data.get("scope").asText());

        decideHandover("ben", handoverId, "accept").statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("caseId", equalTo(caseId))
                .body("decidedBy", equalTo("ben"));
        as("ben").when().get("/api/cases/{id}", caseId).then().statusCode(200)
                .body("lead", equalTo("ben"))
                .body("members.username", hasItems("anna", "ben"))
                .body("members.find { it.username == 'ben' }.organisation", equalTo("social-services"));
        as("ben").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "HANDOVER_REQUESTED", "MEMBER_ADDED", "LEAD_CHANGED",
                        "HANDOVER_ACCEPTED")));
        // the transition is in ben's hands: the case is no longer "transition due", in its view nor in the filter
        as("anna").when().get("/api/cases/{id}", caseId).then().body("transitionDue", equalTo(false));
        as("anna").when().get("/api/cases?q={q}", family).then().body("items.transitionDue", equalTo(List.of(false)));
        as("anna").when().get("/api/cases?q={q}&transitionDue=true", family).then().body("total", equalTo(0));
        as("anna").when().get("/api/cases/{id}/handovers/{h}", caseId, handoverId).then()
                .body("status", equalTo("ACCEPTED"));
        decideHandover("ben", handoverId, "accept").statusCode(409);
        decideHandover("ben", handoverId, "decline").statusCode(409);

        JsonNode accepted = events.publishedOne(HandoverEvents.TOPIC, caseId, CaseHandoverAcceptedV1.TYPE);
        AsyncApiDocument.ours().assertProducedShape(CaseHandoverAcceptedV1.TYPE, accepted);
        assertEquals("ben", accepted.get("data").get("newLeadUsername").asText());
        assertEquals("social-services", accepted.get("data").get("acceptedOrganisation").asText());

        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", caseId).then()
                .body("items.action", hasItems(HandoverService.AUDIT_REQUESTED, HandoverService.AUDIT_READ,
                        HandoverService.AUDIT_ACCEPTED, HandoverService.AUDIT_REFUSED));
    }

    @Test
    void anOrganisationInTheRegionReceivesAnUnnamedRequestAndDecliningChangesNothing() {
        String caseId = createCase("anna"); // turns 18 in more than a year: no month of the 18th birthday
        String handoverId = requestHandover("anna", caseId, handover("LEAD", "LEAD_CHANGE", null, "social-services", null));

        as("ben").when().get("/api/cases/handovers/incoming").then().body("id", hasItem(handoverId))
                .body("find { it.id == '" + handoverId + "' }.turns18In", nullValue());
        // carla is of another organisation and region
        as("carla").when().get("/api/cases/handovers/incoming").then().body("id", not(hasItem(handoverId)));
        decideHandover("carla", handoverId, "decline").statusCode(404);

        decideHandover("ben", handoverId, "decline").statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("caseId", nullValue());
        as("ben").when().get("/api/cases/{id}", caseId).then().statusCode(404);
        as("ben").when().get("/api/cases/handovers/incoming").then().body("id", not(hasItem(handoverId)));
        as("anna").when().get("/api/cases/{id}", caseId).then().body("lead", equalTo("anna"))
                .body("members.username", equalTo(List.of("anna")));
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "HANDOVER_REQUESTED", "HANDOVER_DECLINED")));
        as("anna").when().get("/api/cases/{id}/handovers", caseId).then()
                .body("status", equalTo(List.of("DECLINED")));

        JsonNode requested = events.publishedOne(HandoverEvents.TOPIC, caseId, CaseHandoverRequestedV1.TYPE);
        assertTrue(requested.get("data").get("turns18In").isNull());
        assertTrue(requested.get("data").get("toUsername").isNull());
        JsonNode declined = events.publishedOne(HandoverEvents.TOPIC, caseId, CaseHandoverDeclinedV1.TYPE);
        AsyncApiDocument.ours().assertProducedShape(CaseHandoverDeclinedV1.TYPE, declined);
        assertEquals("ben", declined.get("data").get("declinedBy").asText());

        // declined, the case is free for the next request
        requestHandover("anna", caseId, handover("CASE", "MOVE", "carla", "guardianship", null));
    }

    @Test
    void theTeamWithdrawsAPendingHandoverNobodyAnswersAndMayRequestAgain() {
        String caseId = createCase("anna");
        // addressed to an organisation of the north nobody of which will answer: it would block the case for good
        String stuck = requestHandover("anna", caseId, handover("LEAD", "SCHOOL_TO_WORK", null, "employment-agency",
                null));
        as("anna").body(handover("LEAD", "LEAD_CHANGE", "ben", "social-services", null))
                .when().post("/api/cases/{id}/handovers", caseId).then().statusCode(409);

        withdraw("ben", caseId, stuck).statusCode(404).contentType("application/problem+json"); // not on the team
        withdraw("bruno", caseId, stuck).statusCode(403);
        withdraw("anna", caseId, UUID.randomUUID().toString()).statusCode(404);
        String otherCase = createCase("anna");
        withdraw("anna", otherCase, stuck).statusCode(404); // another case's handover is not found through this one

        withdraw("anna", caseId, stuck).statusCode(200)
                .body("id", equalTo(stuck))
                .body("status", equalTo("WITHDRAWN"))
                .body("decidedBy", equalTo("anna"));
        withdraw("anna", caseId, stuck).statusCode(409).contentType("application/problem+json");
        as("anna").when().get("/api/cases/{id}", caseId).then().body("lead", equalTo("anna"));
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", equalTo(List.of("CASE_CREATED", "HANDOVER_REQUESTED", "HANDOVER_WITHDRAWN")));

        JsonNode withdrawn = events.publishedOne(HandoverEvents.TOPIC, caseId, CaseHandoverWithdrawnV1.TYPE);
        AsyncApiDocument.ours().assertProducedShape(CaseHandoverWithdrawnV1.TYPE, withdrawn);
        assertEquals(stuck, withdrawn.get("data").get("handoverId").asText());
        assertEquals("anna", withdrawn.get("data").get("withdrawnBy").asText());
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", caseId).then()
                .body("items.action", hasItem(HandoverService.AUDIT_WITHDRAWN));

        // the case is free again; a withdrawn handover cannot be answered
        String next = requestHandover("anna", caseId, handover("LEAD", "LEAD_CHANGE", "ben", "social-services", null));
        decideHandover("ben", stuck, "accept").statusCode(404);
        as("ben").when().get("/api/cases/handovers/incoming").then().body("id", hasItem(next))
                .body("id", not(hasItem(stuck)));
        as("anna").when().get("/api/cases/{id}/handovers", caseId).then()
                .body("status", equalTo(List.of("WITHDRAWN", "PENDING")));
    }

    @Test
    void anAnsweredHandoverCannotBeWithdrawn() {
        String caseId = createCase("anna");
        String declined = requestHandover("anna", caseId, handover("LEAD", "OTHER", "ben", "social-services", null));
        decideHandover("ben", declined, "decline").statusCode(200);
        withdraw("anna", caseId, declined).statusCode(409);
        as("anna").when().get("/api/cases/{id}/handovers/{h}", caseId, declined).then()
                .body("status", equalTo("DECLINED")).body("decidedBy", equalTo("ben"));
    }

    @Test
    void onePendingHandoverPerCaseAndNeverToTheLeadItself() {
        String caseId = createCase("anna");
        requestHandover("anna", caseId, handover("LEAD", "OTHER", "ben", "social-services", null));
        as("anna").body(handover("CASE", "MOVE", null, "guardianship", null))
                .when().post("/api/cases/{id}/handovers", caseId).then().statusCode(409)
                .contentType("application/problem+json");
        String other = createCase("anna");
        as("anna").body(handover("LEAD", "OTHER", "anna", "school", null))
                .when().post("/api/cases/{id}/handovers", other).then().statusCode(409);
    }

    @Test
    void theReceivingOrganisationIsStoredAsTheListsCodeAndFoundByAnAccountsAlias() {
        String caseId = createCase("carla"); // south; carla's account still says "guardianship"
        String handoverId = requestHandover("carla", caseId, handover("CASE", "MOVE", null, "guardianship", null));
        as("carla").when().get("/api/cases/{id}/handovers/{h}", caseId, handoverId).then().statusCode(200)
                .body("toOrganisation", equalTo("guardian"));
        // any guardian of the south may decide it: carla's alias is read as the list's code
        as("carla").when().get("/api/cases/handovers/incoming").then().statusCode(200)
                .body("id", hasItem(handoverId));
    }

    @Test
    void onlyTheTeamRequestsAndOnlyWithValidInput() {
        String caseId = createCase("anna");
        Map<String, Object> valid = handover("LEAD", "SCHOOL_TO_WORK", null, "employment-agency", null);
        as("ben").body(valid).when().post("/api/cases/{id}/handovers", caseId).then().statusCode(404);
        as("bruno").body(valid).when().post("/api/cases/{id}/handovers", caseId).then().statusCode(403);
        as("ada").when().get("/api/cases/handovers/incoming").then().statusCode(403);
        as("ben").when().get("/api/cases/{id}/handovers", caseId).then().statusCode(404);
        as("anna").when().get("/api/cases/{id}/handovers/{h}", caseId, UUID.randomUUID()).then().statusCode(404);
        decideHandover("ben", UUID.randomUUID().toString(), "accept").statusCode(404);

        expect400(caseId, with(valid, "scope", null), "scope");
        expect400(caseId, with(valid, "scope", "EVERYTHING"), "scope");
        expect400(caseId, with(valid, "reason", "BORED"), "reason");
        expect400(caseId, with(valid, "toOrganisation", " "), "toOrganisation");
        expect400(caseId, with(valid, "toOrganisation", "x".repeat(101)), "toOrganisation");
        expect400(caseId, with(valid, "toOrganisation", "the-town-hall"), "toOrganisation");
        expect400(caseId, with(valid, "toUsername", "not a login!"), "toUsername");
        expect400(caseId, with(valid, "dueBy", "soon"), "dueBy");
        expect400(caseId, with(valid, "dueBy", LocalDate.now(LOCAL).minusDays(2).toString()), "dueBy");
        expect400(caseId, with(valid, "youthName", "Samira"), "youthName");
        as("anna").when().get("/api/cases/{id}/handovers", caseId).then().statusCode(200).body("size()", equalTo(0));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static ValidatableResponse withdraw(String user, String caseId, String handoverId) {
        return as(user).when().post("/api/cases/{id}/handovers/{h}/withdrawal", caseId, handoverId).then();
    }

    private static void expect400(String caseId, Map<String, Object> body, String field) {
        as("anna").body(body).when().post("/api/cases/{id}/handovers", caseId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
