package org.carebridge.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.carebridge.stack.testing.KeycloakTokens;
import org.carebridge.stack.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escalation loop through all three tiers, driven through the gateway of the packaged system with real
 * Keycloak tokens: a case team is stuck, the bridge refers the case up, the advisory group advises, the
 * advice lands in the case's timeline. Steps share state, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThinLoopIT {

    // Values that exist only on case-service: none of them may ever show up upstream.
    static final String GIVEN_NAME = "Amina";
    static final String FAMILY_NAME = "Haddad-Oyelaran";
    static final String BIRTH_DATE = "2009-03-14";
    static final String WHAT_WAS_TRIED = "Two meetings with the school director of Sint-Jozef, no place offered";
    static final String QUESTION = "Which reception-class route exists for a 16-year-old arriving mid-year?";
    static final String ADVICE = "Ask the regional school platform for a bridging class; it exists since 2025.";
    // The bridge's own free text about this case: erasure must reach it too
    static final String BRIDGE_NOTE = "Called the reception class of Sint-Jozef: waiting list until April.";
    static final String AGENDA = "Round table on the school route with the guardian and the reception class.";

    static SystemUnderTest system;
    static EventTap tap;
    static String caseId;
    static String escalationId;
    static String referralId;

    @BeforeAll
    static void startTheSystem() {
        system = SystemUnderTest.start();
        RestAssured.baseURI = system.gatewayUrl();
        tap = new EventTap(system.bootstrapServers());
    }

    @AfterAll
    static void stopListening() throws InterruptedException {
        if (tap != null) {
            tap.close();
        }
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user)).contentType("application/json");
    }

    @Test
    @Order(1)
    void aCaseWorkerCreatesACaseAndEscalatesIt() {
        caseId = as("anna").body(Map.of(
                        "youth", Map.of("givenName", GIVEN_NAME, "familyName", FAMILY_NAME, "dateOfBirth", BIRTH_DATE),
                        "intensity", "INTENSIVE",
                        "domains", List.of("SCHOOL", "WELLBEING")))
                .post("/api/cases")
                .then().statusCode(201)
                .body("youth.familyName", equalTo(FAMILY_NAME))
                .extract().path("id");

        escalationId = as("anna").body(Map.of(
                        "barrier", "SCHOOL_ACCESS",
                        "urgency", "HIGH",
                        "whatWasTried", WHAT_WAS_TRIED,
                        "triedMeasures", List.of("TEAM_MEETING", "SCHOOL_ADJUSTMENT")))
                .post("/api/cases/{id}/escalations", caseId)
                .then().statusCode(201)
                .body("status", equalTo("RAISED"))
                .extract().path("id");
    }

    @Test
    @Order(2)
    void aCaseWorkerOfAnotherTeamOrRegionCannotSeeTheCase() {
        for (String outsider : List.of("ben", "carla")) {
            as(outsider).get("/api/cases/{id}", caseId).then().statusCode(404);
            as(outsider).get("/api/cases/{id}/timeline", caseId).then().statusCode(404);
            as(outsider).body(Map.of("barrier", "OTHER", "urgency", "LOW", "whatWasTried", "x",
                            "triedMeasures", List.of("OTHER")))
                    .post("/api/cases/{id}/escalations", caseId).then().statusCode(404);
        }
        as("bruno").get("/api/cases/{id}", caseId).then().statusCode(403);
        as("ada").get("/api/cases/{id}", caseId).then().statusCode(403);
    }

    @Test
    @Order(3)
    void theBridgeOfTheRegionReceivesClaimsAndRefersIt() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("bruno").get("/api/network/escalations").then().statusCode(200)
                        .body("items.id", hasItem(escalationId)));
        as("bruno").get("/api/network/escalations/{id}", escalationId).then().statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("barrier", equalTo("SCHOOL_ACCESS"))
                .body("whatWasTried", equalTo(WHAT_WAS_TRIED));

        as("sofie").get("/api/network/escalations/{id}", escalationId).then().statusCode(404);
        as("sofie").get("/api/network/escalations").then().statusCode(200)
                .body("items.id", not(hasItem(escalationId)));

        as("bruno").post("/api/network/escalations/{id}/claim", escalationId)
                .then().statusCode(200).body("status", equalTo("CLAIMED")).body("owner", equalTo("bruno"));
        as("bruno").body(Map.of("text", BRIDGE_NOTE))
                .post("/api/network/escalations/{id}/notes", escalationId).then().statusCode(201);
        as("bruno").body(Map.of("meetsAt", java.time.OffsetDateTime.now().plusDays(3).toString(), "agenda", AGENDA,
                        "members", List.of("anna"), "organisations", List.of("school")))
                .post("/api/network/escalations/{id}/consultations", escalationId).then().statusCode(201);
        referralId = as("bruno").body(Map.of("question", QUESTION))
                .post("/api/network/escalations/{id}/referral", escalationId)
                .then().statusCode(201).body("status", equalTo("REFERRED")).extract().path("referral.id");
    }

    @Test
    @Order(4)
    void theAdvisoryGroupSeesOnlyTheDigestAndAdvises() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("ada").get("/api/advisory/referrals/{id}", referralId).then().statusCode(200));
        String referral = as("ada").get("/api/advisory/referrals/{id}", referralId)
                .then().statusCode(200)
                .body("escalationId", equalTo(escalationId))
                .body("ageBand", equalTo("16-17"))
                .body("barrier", equalTo("SCHOOL_ACCESS"))
                .body("question", equalTo(QUESTION))
                .extract().asString();
        assertNoPersonalData("advisory API answer", referral);
        assertFalse(referral.contains(caseId), "the advisory group must not learn the case id");
        assertFalse(referral.contains(WHAT_WAS_TRIED), "the team's free text was written for the bridge only");

        as("ada").body(Map.of("advice", ADVICE))
                .post("/api/advisory/referrals/{id}/advice", referralId)
                .then().statusCode(201);
    }

    @Test
    @Order(5)
    void theAdviceFlowsBackToTheBridgeAndIntoTheCaseTimeline() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("anna").get("/api/cases/{id}/timeline", caseId).then().statusCode(200)
                        .body("kind", hasItem("ADVICE_RECEIVED"))
                        .body("find { it.kind == 'ADVICE_RECEIVED' }.summary", org.hamcrest.Matchers.containsString(ADVICE)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("bruno").get("/api/network/escalations/{id}", escalationId).then().statusCode(200)
                        .body("status", equalTo("ADVISED")));
    }

    @Test
    @Order(6)
    void nothingUpstreamOfCaseServiceEverHeldTheYouthsNameOrBirthDate() throws Exception {
        PrivacyScan scan = new PrivacyScan(system);
        List<String> advisoryValues = scan.databaseText("advisory-service");
        assertFalse(advisoryValues.isEmpty(), "the scan must have read the advisory database");
        assertTrue(advisoryValues.stream().anyMatch(v -> v.contains(QUESTION)),
                "the scan must see the referral it is checking");
        advisoryValues.forEach(value -> assertNoPersonalData("advisory database", value));

        // other end-to-end tests (the browser walk) refer cases of their own on the same system
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                tap.valuesOn("network.referrals").stream().filter(v -> v.contains(QUESTION)).count(),
                "one referral was made, and the tap saw it"));
        tap.forEach((topic, value) -> assertNoPersonalData("topic " + topic, value));
        tap.valuesOn("network.referrals").forEach(value ->
                assertFalse(value.contains(caseId) || value.contains(WHAT_WAS_TRIED), "referral event leaks: " + value));
    }

    @Test
    @Order(7)
    void erasureOfTheCaseReachesEveryServicesDatabase() throws Exception {
        PrivacyScan scan = new PrivacyScan(system);
        List<String> texts = List.of(WHAT_WAS_TRIED, BRIDGE_NOTE, AGENDA, QUESTION, ADVICE);
        assertTrue(scan.databaseText("network-service").stream().anyMatch(v -> v.contains(BRIDGE_NOTE)),
                "before the erasure the scan sees the bridge's note");
        as("nils").body(Map.of("reason", "YOUTH_REQUEST")).post("/api/cases/{id}/erasure", caseId)
                .then().statusCode(200);
        for (String service : List.of("case-service", "network-service", "advisory-service")) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<String> values = scan.databaseText(service);
                for (String text : texts) {
                    assertFalse(values.stream().anyMatch(v -> v.contains(text)),
                            service + "'s database still holds \"" + text + "\" after the erasure");
                }
                values.forEach(value -> assertNoPersonalData(service + " database", value));
            });
        }
    }

    /**
     * Kafka cannot delete one record; each producer cuts the records every reader has committed past
     * (ConsumedRecordTrim, every 30 s in production, every 5 s in the system under test), so soon after the erasure
     * no topic holds the case's texts.
     */
    @Test
    @Order(8)
    void erasureOfTheCaseReachesEveryTopic() throws Exception {
        PrivacyScan scan = new PrivacyScan(system);
        List<String> texts = List.of(WHAT_WAS_TRIED, BRIDGE_NOTE, AGENDA, QUESTION, ADVICE);
        for (String travelled : List.of(WHAT_WAS_TRIED, QUESTION, ADVICE)) {
            List<String> carriers = new java.util.ArrayList<>();
            tap.forEach((topic, value) -> {
                if (value != null && value.contains(travelled)) {
                    carriers.add(topic);
                }
            });
            assertFalse(carriers.isEmpty(), "\"" + travelled + "\" travelled on a topic, so its absence below means a cut");
        }
        List<String> topics = scan.allTopics();
        assertTrue(topics.containsAll(List.of("case.escalations", "network.referrals", "advisory.advice",
                "case-service.dead-letters")), "the scan must see every topic: " + topics);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                scan.eventsOn(topics).forEach((topic, values) -> {
                    for (String text : texts) {
                        assertFalse(values.stream().anyMatch(v -> v.contains(text)),
                                "topic " + topic + " still holds \"" + text + "\" after the erasure");
                    }
                }));
    }

    /** What an operator's dashboard reads (deploy/observability) moved with this walk, on each service's own port. */
    @Test
    @Order(9)
    void theOperatorsMetricsShowTheWalk() {
        Map<String, String> north = Map.of("region", "north");
        Scrape cases = Scrape.of(system.managementUrl("case-service"));
        assertTrue(cases.sum("carebridge_escalations_raised_total", north) >= 1,
                () -> "escalations raised in north: " + cases.lines("carebridge_escalations_raised"));
        Scrape network = Scrape.of(system.managementUrl("network-service"));
        for (String step : List.of("CLAIMED", "REFERRED", "ADVISED")) {
            assertTrue(network.sum("carebridge_bridge_steps_total", Map.of("region", "north", "step", step)) >= 1,
                    "bridge step " + step + " counted");
        }
        assertTrue(network.sum("carebridge_escalation_time_to_claim_seconds_count", north) >= 1);
        for (String service : List.of("case-service", "network-service", "advisory-service")) {
            // refreshed from the table every 15 s: the first refresh may still be due on a just-started service
            await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
                Scrape scrape = Scrape.of(system.managementUrl(service));
                assertTrue(scrape.sum("carebridge_outbox_backlog", Map.of()) >= 0, service + " exports its outbox backlog");
                assertTrue(scrape.sum("carebridge_outbox_oldest_age_seconds", Map.of()) >= 0, service + " exports its outbox age");
                assertEquals(0, scrape.sum("carebridge_dead_letters", Map.of()), service + ": no dead letters in the walk");
            });
        }
    }

    /** Each service serves its event contract beside its OpenAPI document, on its management port. */
    @Test
    @Order(10)
    void everyServiceServesItsAsyncApiDocument() {
        for (String service : List.of("case-service", "network-service", "advisory-service")) {
            String document = given().get(system.managementUrl(service) + "/q/asyncapi").then().statusCode(200)
                    .extract().asString();
            assertTrue(document.startsWith("asyncapi: 3"), service + " serves its AsyncAPI document: " + document);
            assertTrue(document.contains(service), service + " serves its own document");
        }
    }

    static void assertNoPersonalData(String where, String text) {
        for (String personal : List.of(GIVEN_NAME, FAMILY_NAME, BIRTH_DATE)) {
            assertFalse(text.contains(personal), where + " contains the youth's '" + personal + "': " + text);
        }
    }
}
