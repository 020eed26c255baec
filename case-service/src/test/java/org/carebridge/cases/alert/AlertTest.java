package org.carebridge.cases.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.cases.EventsTest;
import org.carebridge.cases.support.TestClock;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.carebridge.cases.CaseApi.decideHandover;
import static org.carebridge.cases.CaseApi.handover;
import static org.carebridge.cases.CaseApi.requestHandover;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduled checks, run by the test with a clock it moves: each cause raises one alert, ever, in the timeline
 * and as case.alert-raised.v1. The schedule itself is off in tests so that no alert lands in another test's case.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class AlertTest extends EventsTest {

    static final ZoneId LOCAL = ZoneId.of("Europe/Brussels");

    @ConfigProperty(name = "carebridge.alerts.inactivity-days")
    int inactivityDays;
    @ConfigProperty(name = "carebridge.alerts.goal-overdue-days")
    int goalOverdueDays;
    @ConfigProperty(name = "carebridge.alerts.consent-missing-days", defaultValue = "14")
    int consentMissingDays;
    @Inject
    AlertScan scan;
    @Inject
    ConsentMissingCheck consentMissing;
    @Inject
    AlertRaiser raiser;
    @Inject
    EntityManager em;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void sixMonthsBeforeThe18thBirthdayWithoutTransitionTheBridgeIsAlertedOnce() {
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.now(LOCAL).minusYears(18).plusMonths(6).plusDays(10);
        String caseId = createCase("anna", family, born);

        scan.runOnce();
        assertEquals(List.of(), alertKinds(caseId), "six months and ten days ahead is too early");

        // now less than six months ahead (and still fewer days than make a case inactive)
        clock.advance(Duration.ofDays(20));
        scan.runOnce();
        scan.runOnce();
        assertEquals(List.of("AGE_18_WITHOUT_TRANSITION"), alertKinds(caseId));
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("kind", hasItem("ALERT_RAISED"))
                .body("find { it.kind == 'ALERT_RAISED' }.actor", equalTo(AlertRaiser.ACTOR));

        JsonNode event = events.publishedOne(CaseAlertRaisedV1.TOPIC, caseId, CaseAlertRaisedV1.TYPE);
        AsyncApiDocument.ours().assertProducedShape(CaseAlertRaisedV1.TYPE, event);
        JsonNode data = event.get("data");
        assertEquals("AGE_18_WITHOUT_TRANSITION", data.get("kind").asText());
        assertEquals("age-18:" + caseId, data.get("cause").asText());
        assertEquals("anna", data.get("leadUsername").asText());
        assertEquals("16-17", data.get("ageBand").asText());
        assertEquals(YearMonth.from(born.plusYears(18)).toString(), data.get("turns18In").asText());
        assertFalse(event.toString().contains(family), "family name left case-service");
        assertFalse(event.toString().contains(born.toString()), "birth date left case-service");
        assertEquals(1, outboxEvents(caseId), "one event however often the checks run");
    }

    @Test
    void anAcceptedTransitionHandoverKeepsTheAge18AlertQuiet() {
        String withTransition = createCase("anna", uniqueFamilyName(), LocalDate.now(LOCAL).minusYears(18).plusMonths(4));
        String declined = createCase("anna", uniqueFamilyName(), LocalDate.now(LOCAL).minusYears(18).plusMonths(4));
        decideHandover("ben", requestHandover("anna", withTransition, handover("CASE", "AGE_18_TRANSITION", "ben", "social-services",
                null)), "accept").statusCode(200);
        decideHandover("ben", requestHandover("anna", declined, handover("CASE", "AGE_18_TRANSITION", "ben", "social-services",
                null)), "decline").statusCode(200);

        scan.runOnce();

        assertEquals(List.of(), alertKinds(withTransition));
        assertEquals(List.of("AGE_18_WITHOUT_TRANSITION"), alertKinds(declined), "a declined handover is none");
    }

    @Test
    void aCaseWithoutActivityForTheConfiguredDaysAlertsOncePerQuietSpell() {
        String caseId = createCase("anna");
        LocalDate opened = LocalDate.now(LOCAL);

        clock.advance(Duration.ofDays(inactivityDays - 1));
        scan.runOnce();
        assertEquals(List.of(), alertKinds(caseId));

        clock.advance(Duration.ofDays(2));
        scan.runOnce();
        scan.runOnce(); // the alert's own timeline line is no activity: still one alert
        assertEquals(List.of("INACTIVITY"), alertKinds(caseId));
        JsonNode data = events.publishedOne(CaseAlertRaisedV1.TOPIC, caseId, CaseAlertRaisedV1.TYPE).get("data");
        assertEquals("inactivity:" + opened, data.get("cause").asText());
        assertEquals(inactivityDays + 1, data.get("inactiveDays").asInt());
        assertEquals("anna", data.get("leadUsername").asText());
        assertTrue(data.get("turns18In").isNull());

        // activity ends the spell; a new quiet spell is a new cause
        String escalationId = org.carebridge.cases.CaseApi.escalate("anna", caseId);
        clock.advance(Duration.ofDays(inactivityDays + 1));
        scan.runOnce();
        assertEquals(List.of("INACTIVITY", "INACTIVITY"), alertKinds(caseId));
        assertFalse(escalationId.isEmpty());
    }

    @Test
    void aCaseWhoseLeadIsNoLongerOnTheTeamAlertsOnce() {
        String caseId = caseWhoseLeadLeftTheService();

        scan.runOnce();
        scan.runOnce();

        assertEquals(List.of("NO_LEAD"), alertKinds(caseId));
        JsonNode data = events.publishedOne(CaseAlertRaisedV1.TOPIC, caseId, CaseAlertRaisedV1.TYPE).get("data");
        assertEquals("NO_LEAD", data.get("kind").asText());
        assertTrue(data.get("cause").asText().startsWith("no-lead:"), data.get("cause").asText());
        assertTrue(data.get("leadUsername").isNull());
        assertFalse(data.has("inactiveDays"), "only INACTIVITY carries inactiveDays");
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", caseId).then()
                .body("items.action", hasItem(AlertRaiser.AUDIT_RAISED));
    }

    private String caseWhoseLeadLeftTheService() {
        String caseId = createCase("anna");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update care_case set lead_username = 'left-the-service' where id = cast(?1 as uuid)")
                .setParameter(1, caseId).executeUpdate());
        return caseId;
    }

    @Test
    void theAlertsOfMyOpenCasesAreListedForTheirTeamOnly() {
        String caseId = caseWhoseLeadLeftTheService();

        scan.runOnce();

        as("anna").when().get("/api/cases/alerts").then().statusCode(200)
                .body("find { it.caseId == '%s' }.kind".formatted(caseId), equalTo("NO_LEAD"));
        as("carla").when().get("/api/cases/alerts").then().statusCode(200)
                .body("caseId", org.hamcrest.Matchers.not(hasItem(caseId)));
        as("bruno").when().get("/api/cases/alerts").then().statusCode(403);
        // each listing is an access to what concerns the cases listed: one audit line per call, with counts
        as("otto").when().get("/api/cases/audit?actor={a}&objectType=ALERTS&size=100", "carla").then()
                .statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("items.action", everyItem(equalTo("MY_ALERTS_READ")))
                .body("items.reason", everyItem(org.hamcrest.Matchers.startsWith("alerts ")));
    }

    @Test
    void aCaseWhoseLeadLeftTheTeamHasNoLeadAndAlertsOnce() {
        String caseId = createCase("anna");
        addMember("anna", caseId, "ben");
        as("anna").body(Map.of("username", "ben")).when().put("/api/cases/{id}/lead", caseId).then().statusCode(200);
        // the lead leaves (TeamRules: the creator is removed by nobody, but anyone else may leave)
        as("ben").when().delete("/api/cases/{id}/members/{u}", caseId, "ben").then().statusCode(204);

        scan.runOnce();
        scan.runOnce();

        assertEquals(List.of("NO_LEAD"), alertKinds(caseId));
        JsonNode data = events.publishedOne(CaseAlertRaisedV1.TOPIC, caseId, CaseAlertRaisedV1.TYPE).get("data");
        assertTrue(data.get("leadUsername").isNull());
    }

    @Test
    void aGoalOverdueByTheConfiguredDaysAlertsOncePerGoal() {
        // turning 18 in nine months: turns18In is set, as in the example, and no age-18 alert is due yet
        String caseId = createCase("anna", uniqueFamilyName(), LocalDate.now(LOCAL).minusYears(18).plusMonths(9));
        LocalDate due = LocalDate.now(LOCAL).plusDays(1);
        String late = addGoal(caseId, due);
        String done = addGoal(caseId, due);
        as("anna").body(Map.of("title", "Find an internship", "owner", "anna", "dueDate", due.toString(),
                "status", "DONE")).when().put("/api/cases/{id}/goals/{g}", caseId, done).then().statusCode(200);

        clock.advance(Duration.ofDays(1 + goalOverdueDays - 1)); // overdue by one day too few
        scan.runOnce();
        assertEquals(List.of(), alertKinds(caseId));

        clock.advance(Duration.ofDays(1));
        scan.runOnce();
        scan.runOnce();
        assertEquals(List.of("GOAL_OVERDUE"), alertKinds(caseId), "one alert for the open goal, none for the done one");
        JsonNode event = events.publishedOne(CaseAlertRaisedV1.TOPIC, caseId, CaseAlertRaisedV1.TYPE);
        // the example is an age-18 alert: a GOAL_OVERDUE one is that shape plus its documented overdueDays
        ObjectNode withoutOverdueDays = event.deepCopy();
        ((ObjectNode) withoutOverdueDays.get("data")).remove("overdueDays");
        AsyncApiDocument.ours().assertProducedShape(CaseAlertRaisedV1.TYPE, withoutOverdueDays);
        JsonNode data = event.get("data");
        assertEquals("GOAL_OVERDUE", data.get("kind").asText());
        assertEquals("goal:" + late, data.get("cause").asText());
        assertEquals(goalOverdueDays, data.get("overdueDays").asInt());
        assertEquals("anna", data.get("leadUsername").asText());
        assertFalse(data.has("inactiveDays"), "only INACTIVITY carries inactiveDays");
        assertFalse(event.toString().contains("internship"), "the goal's free text left case-service");
        assertEquals(1, outboxEvents(caseId));
    }

    @Test
    void aMemberWithoutConsentForTheConfiguredDaysAlertsOncePerMembership() {
        String caseId = createCase("anna");
        addMember("anna", caseId, "ben");
        String membership = membershipOf(caseId, "ben");

        clock.advance(Duration.ofDays(consentMissingDays - 1));
        scan.runOnce();
        assertEquals(List.of(), alertKinds(caseId));

        clock.advance(Duration.ofDays(2));
        scan.runOnce();
        scan.runOnce();
        assertEquals(List.of("CONSENT_MISSING"), alertKinds(caseId), "for ben only: anna opened the case, needs none");
        JsonNode event = events.publishedOne(CaseAlertRaisedV1.TOPIC, caseId, CaseAlertRaisedV1.TYPE);
        AsyncApiDocument.ours().assertProducedShape(CaseAlertRaisedV1.TYPE, "consentMissing", event);
        JsonNode data = event.get("data");
        assertEquals("CONSENT_MISSING", data.get("kind").asText());
        assertEquals("consent-missing:" + membership, data.get("cause").asText());
        assertEquals("ben", data.get("memberUsername").asText());
        assertEquals(consentMissingDays + 1, data.get("daysOnTeam").asInt());
        assertEquals("anna", data.get("leadUsername").asText());
        as("anna").when().get("/api/cases/{id}/timeline", caseId).then()
                .body("find { it.kind == 'ALERT_RAISED' }.summary",
                        equalTo("Alert: no consent is recorded for ben, on the team for " + (consentMissingDays + 1)
                                + " days"));

        // ben leaves (his consents would end with it) and comes back: a new membership is asked about again
        as("ben").when().delete("/api/cases/{id}/members/{u}", caseId, "ben").then().statusCode(204);
        addMember("anna", caseId, "ben");
        clock.advance(Duration.ofDays(consentMissingDays + 1));
        scan.runOnce();
        assertEquals(List.of("CONSENT_MISSING", "CONSENT_MISSING"), alertKinds(caseId));
    }

    @Test
    void aRecordedConsentARevokedOneOrAClosedCaseRaiseNoConsentAlert() {
        String withConsent = caseWithBen();
        consent(withConsent, "ben");
        String revoked = caseWithBen();
        as("anna").when().post("/api/cases/{id}/consents/{k}/revoke", revoked, consent(revoked, "ben"))
                .then().statusCode(200);
        String closed = caseWithBen();
        as("anna").body(Map.of("outcome", "GOALS_REACHED")).when().post("/api/cases/{id}/close", closed)
                .then().statusCode(200);
        String without = caseWithBen();

        clock.advance(Duration.ofDays(consentMissingDays + 1));
        scan.runOnce();

        assertEquals(List.of(), alertKinds(withConsent));
        assertEquals(List.of(), alertKinds(revoked), "a consent revoked during the membership is a decision");
        assertEquals(List.of(), alertKinds(closed));
        assertEquals(List.of("CONSENT_MISSING"), alertKinds(without), "the same run does raise where it is due");
    }

    @Test
    void aConsentRecordedBetweenTheCheckAndTheRaiseKeepsTheAlertFromBeingRaised() {
        String consentArrives = caseWithBen();
        String stillMissing = caseWithBen();
        clock.advance(Duration.ofDays(consentMissingDays + 1));
        AlertCandidate late = foundFor(consentMissing, consentArrives);
        AlertCandidate due = foundFor(consentMissing, stillMissing);

        consent(consentArrives, "ben");

        assertFalse(raiser.raise(consentMissing, late));
        assertTrue(raiser.raise(consentMissing, due));
        assertEquals(List.of(), alertKinds(consentArrives));
        assertEquals(List.of("CONSENT_MISSING"), alertKinds(stillMissing));
    }

    private static String caseWithBen() {
        String caseId = createCase("anna");
        addMember("anna", caseId, "ben");
        return caseId;
    }

    /** anna (the lead) records the youth's consent to share IDENTITY with the member; @return the consent's id */
    private static String consent(String caseId, String member) {
        return as("anna").body(Map.of("member", member, "purpose", "IDENTITY", "givenBy", "YOUTH"))
                .when().post("/api/cases/{id}/consents", caseId).then().statusCode(201).extract().path("id");
    }

    /** @return the one candidate the check finds on the case now, paging as the scan does */
    private static AlertCandidate foundFor(AlertCheck check, String caseId) {
        List<AlertCandidate> found = new ArrayList<>();
        UUID after = CheckQueries.FIRST;
        CheckPage page;
        do {
            page = check.find(after);
            page.found().stream().filter(c -> c.caseId().toString().equals(caseId)).forEach(found::add);
            after = page.lastId();
        } while (page.full());
        assertEquals(1, found.size(), "candidates on " + caseId + ": " + found);
        return found.get(0);
    }

    private String membershipOf(String caseId, String username) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select cast(id as varchar) from case_member where case_id = cast(?1 as uuid) and username = ?2")
                .setParameter(1, caseId).setParameter(2, username).getSingleResult().toString());
    }

    private static String addGoal(String caseId, LocalDate due) {
        return as("anna").body(Map.of("domain", "WORK", "title", "Find an internship", "owner", "anna",
                        "dueDate", due.toString()))
                .when().post("/api/cases/{id}/goals", caseId).then().statusCode(201).extract().path("id");
    }

    @SuppressWarnings("unchecked")
    private List<String> alertKinds(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select kind from case_alert where case_id = cast(?1 as uuid) order by raised_at")
                .setParameter(1, caseId).getResultList());
    }

    private long outboxEvents(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where event_key = ?1 and event_type = ?2")
                .setParameter(1, caseId).setParameter(2, CaseAlertRaisedV1.TYPE).getSingleResult()).longValue());
    }
}
