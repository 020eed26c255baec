package org.carebridge.e2e;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakTokens;
import org.carebridge.stack.testing.ReceivedMail;
import org.carebridge.stack.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ladder as the case worker lives it (issue 18): her escalation climbs from her team to the bridge (claim, due
 * date moved with a reason, a consultation table she is invited to, its outcome) and to the advisory group (an
 * owner, a session decision, advice), and comes back resolved. After each step the test asserts what she sees in
 * the escalation view and the case timeline, on her live stream, and in her mail box. Users and the region are made
 * for this run, so nothing here rests on the demo realm.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LadderIT {

    static final Duration WAIT = Duration.ofSeconds(40);
    static final String REASON = "The school answers only after its board meets on Thursday";
    static final String OUTCOME = "The reception class takes her from Monday; the guardian signs the form";

    static SystemUnderTest system;
    static KeycloakDirectory.User worker;
    static KeycloakDirectory.User coordinator;
    static KeycloakDirectory.User advisor;
    static LiveStream stream;
    static String caseId;
    static String escalationId;
    static String referralId;

    @BeforeAll
    static void usersOfAFreshRegion() {
        system = SystemUnderTest.start();
        RestAssured.baseURI = system.gatewayUrl();
        KeycloakDirectory directory = KeycloakDirectory.at(system.keycloakUrl());
        String region = KeycloakDirectory.freshRegion();
        worker = directory.create("case-worker", region);
        coordinator = directory.create("bridge-coordinator", region);
        advisor = directory.create("advisory-member", region);
        stream = LiveStream.open(system.gatewayUrl(), () -> token(worker));
        assertEquals(200, stream.status(), "a case worker's live stream opens");
    }

    @AfterAll
    static void closeTheStream() {
        if (stream != null) {
            System.out.println("[ladder] her live stream: " + stream.history());
            stream.close();
        }
    }

    static String token(KeycloakDirectory.User user) {
        return KeycloakTokens.accessToken(user.username(), user.password());
    }

    static RequestSpecification as(KeycloakDirectory.User user) {
        return given().auth().oauth2(token(user)).contentType("application/json");
    }

    /** What the case worker sees of her escalation now. */
    static JsonPath herEscalation() {
        return as(worker).get("/api/cases/{c}/escalations/{e}", caseId, escalationId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The params of her timeline's step lines of {@code step}. */
    static List<Map<String, String>> timelineSteps(String step) {
        return as(worker).get("/api/cases/{c}/timeline", caseId).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'ESCALATION_STEP' && it.params.step == '" + step + "' }.params");
    }

    /** The step is on her timeline, and it is the {@code nth} step her live stream and her mail box were told of. */
    static void sheSeesTheStep(String step, int nth) {
        await().atMost(WAIT).untilAsserted(() -> assertFalse(timelineSteps(step).isEmpty(),
                "her timeline shows " + step));
        await().atMost(WAIT).untilAsserted(() -> assertTrue(stream.of("STEP").size() >= nth,
                "her live stream carried " + step + ": " + stream.history()));
        await().atMost(WAIT).untilAsserted(() -> assertTrue(system.mailTo(worker.email()).stream()
                        .map(ReceivedMail::subject).filter(s -> s.contains("New step")).count() >= nth,
                "an email about " + step + " reached her: " + system.mailTo(worker.email())));
    }

    @Test
    @Order(1)
    void sheEscalatesAndTheBridgeHasIt() {
        caseId = as(worker).body(Map.of(
                        "youth", Map.of("givenName", "Liya", "familyName", "Tesfaye", "dateOfBirth", "2010-02-11"),
                        "intensity", "INTENSIVE", "domains", List.of("SCHOOL")))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        escalationId = as(worker).body(Map.of("barrier", "SCHOOL_ACCESS", "urgency", "HIGH",
                        "whatWasTried", "Two schools asked, no place", "triedMeasures", List.of("TEAM_MEETING")))
                .post("/api/cases/{id}/escalations", caseId).then().statusCode(201).extract().path("id");
        JsonPath view = herEscalation();
        assertEquals("RAISED", view.getString("status"));
        await().atMost(WAIT).untilAsserted(() -> as(coordinator).get("/api/network/escalations/{id}", escalationId)
                .then().statusCode(200));
    }

    @Test
    @Order(2)
    void theBridgeClaimsIt() {
        as(coordinator).post("/api/network/escalations/{id}/claim", escalationId).then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath view = herEscalation();
            assertEquals("BRIDGE", view.getString("ladder.tier"));
            assertEquals("CLAIMED", view.getString("ladder.bridgeStatus"));
            assertEquals(coordinator.username(), view.getString("ladder.owner"));
        });
        sheSeesTheStep("CLAIMED", 1);
    }

    @Test
    @Order(3)
    void theOwnerPutsTheDueDateOffWithAReason() {
        LocalDate later = LocalDate.now().plusDays(12);
        as(coordinator).body(Map.of("dueDate", later.toString(), "reason", REASON))
                .put("/api/network/escalations/{id}/due-date", escalationId).then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(later.toString(), herEscalation().getString("ladder.dueDate")));
        sheSeesTheStep("DUE_DATE_SET", 2);
        assertEquals(REASON, timelineSteps("DUE_DATE_SET").get(0).get("reason"), "she reads why it moved");
    }

    @Test
    @Order(4)
    void sheIsInvitedToAConsultationAndReadsItsOutcome() {
        String consultationId = as(coordinator).body(Map.of("meetsAt", OffsetDateTime.now().plusDays(2).toString(),
                        "agenda", "School route", "members", List.of(worker.username()), "organisations", List.of("school")))
                .post("/api/network/escalations/{id}/consultations", escalationId).then().statusCode(201)
                .extract().path("consultations[0].id");
        await().atMost(WAIT).untilAsserted(() -> assertFalse(stream.of("CONSULTATION_INVITE").isEmpty(),
                "her stream carried the invitation: " + stream.history()));
        await().atMost(WAIT).untilAsserted(() -> assertTrue(system.mailTo(worker.email()).stream()
                .anyMatch(m -> m.attachmentTypes().contains("text/calendar")), "the invitation mail has an .ics"));
        assertFalse(timelineSteps("CONSULTATION_CONVENED").isEmpty());

        as(coordinator).body(Map.of("outcome", OUTCOME, "decisions", List.of(Map.of("text", "Sign the school form",
                        "owner", worker.username(), "dueDate", LocalDate.now().plusDays(5).toString()))))
                .post("/api/network/escalations/{id}/consultations/{c}/outcome", escalationId, consultationId)
                .then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(OUTCOME,
                timelineSteps("CONSULTATION_OUTCOME").get(0).get("outcome")));
    }

    @Test
    @Order(5)
    void theBridgeRefersItAndTheAdvisoryGroupOwnsIt() {
        referralId = as(coordinator).body(Map.of("question", "Which bridging class exists mid-year?"))
                .post("/api/network/escalations/{id}/referral", escalationId).then().statusCode(201)
                .extract().path("referral.id");
        await().atMost(WAIT).untilAsserted(() -> assertEquals("ADVISORY", herEscalation().getString("ladder.tier")));
        await().atMost(WAIT).untilAsserted(() -> as(advisor).get("/api/advisory/referrals/{id}", referralId)
                .then().statusCode(200).body("dueDate", org.hamcrest.Matchers.notNullValue()));
        as(advisor).body(Map.of("owner", advisor.username()))
                .post("/api/advisory/referrals/{id}/owner", referralId).then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() ->
                assertEquals(advisor.username(), herEscalation().getString("ladder.advisoryOwner")));
    }

    @Test
    @Order(6)
    void aSessionDecidesAndTheGroupAdvises() {
        String sessionId = as(advisor).body(Map.of("date", LocalDate.now().plusDays(1).toString(),
                        "members", List.of(advisor.username())))
                .post("/api/advisory/sessions").then().statusCode(201).extract().path("id");
        as(advisor).body(Map.of("referralId", referralId, "decision", "Ask the school platform first",
                        "owner", advisor.username(), "dueDate", LocalDate.now().plusDays(7).toString(), "final", false))
                .post("/api/advisory/sessions/{id}/decisions", sessionId).then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> assertFalse(timelineSteps("DECISION").isEmpty(),
                "the session's decision reached her timeline"));

        as(advisor).body(Map.of("advice", "The regional school platform runs a bridging class"))
                .post("/api/advisory/referrals/{id}/advice", referralId).then().statusCode(201);
        await().atMost(WAIT).untilAsserted(() -> as(worker).get("/api/cases/{c}/timeline", caseId).then()
                .body("kind", org.hamcrest.Matchers.hasItem("ADVICE_RECEIVED")));
    }

    @Test
    @Order(7)
    void theBridgeResolvesItAndTheLadderEnds() {
        await().atMost(WAIT).untilAsserted(() -> as(coordinator).get("/api/network/escalations/{id}", escalationId)
                .then().body("status", equalTo("ADVISED")));
        as(coordinator).body(Map.of("outcome", "UNBLOCKED", "advice", "Bridging class from Monday"))
                .post("/api/network/escalations/{id}/resolution", escalationId).then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath view = herEscalation();
            assertEquals("DONE", view.getString("ladder.tier"));
            assertEquals("RESOLVED", view.getString("status"));
        });
    }
}
