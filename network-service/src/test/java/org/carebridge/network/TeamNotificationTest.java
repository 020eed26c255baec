package org.carebridge.network;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.escalation.Consultation;
import org.carebridge.network.escalation.TeamStep;
import org.carebridge.network.roster.CaseTeamChangedV1;
import org.carebridge.network.support.Calendars;
import org.carebridge.network.support.Mails;
import org.carebridge.network.support.SmtpServer;
import org.carebridge.network.support.LiveStreamTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.KeycloakTokens;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carebridge.network.support.Mails.awaitMail;
import static org.carebridge.network.support.Mails.mailsTo;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case worker hears, live and by email, of what happens above her team: a step on her case's escalation (fired as
 * the Recorder fires it), advice arriving, a consultation table she is invited to (with its calendar entry), a
 * handover addressed to her, an alert on her case; never of a case she is not on, nor the region's news. Each test
 * uses users it creates in a region of its own in the real test Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
@QuarkusTestResource(SmtpServer.class)
class TeamNotificationTest extends LiveStreamTest {


    @Inject
    Event<TeamStep> steps;

    @Test
    void aCaseWorkerHearsOfAStepOnHerCaseAndNothingOfOthersOrOfTheRegion() throws Exception {
        String region = KeycloakDirectory.freshRegion();
        User worker = KeycloakDirectory.ofTestStack().create("case-worker", region);
        User coordinator = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        UUID hers = team(region, worker.username());
        UUID notHers = team(region, "somebody-else");
        UUID herEscalation = UUID.randomUUID();
        UUID otherEscalation = UUID.randomUUID();
        try (SseStream stream = connected(worker.username());
             SseStream bridge = connected(coordinator.username())) {
            assertEquals(200, stream.status(), "a case worker has a stream now");

            Escalated news = NetworkEvents.escalated(region);
            TestEvents.publish(StackSupport.kafka(), "case.escalations", news.caseId().toString(), news.json());
            bridge.await(e -> e.data().contains(news.escalationId().toString()), PATIENCE);
            fire(step(otherEscalation, notHers, region, "CLAIMED", List.of()));
            fire(step(herEscalation, hers, region, "CLAIMED", List.of()));

            SseStream.Event step = stream.await(e -> e.data().contains(herEscalation.toString()), PATIENCE);
            assertEquals("STEP", step.name());
            assertTrue(step.data().contains("\"summary\":\"CLAIMED\"") && step.data().contains(hers.toString())
                    && step.data().contains("\"recipient\":\"" + worker.username() + "\""), step.data());
            // both went through the same hub in order, and the region's news before them
            assertTrue(stream.seen().stream().noneMatch(e -> e.data().contains(otherEscalation.toString())
                    || e.data().contains(news.escalationId().toString())), stream.seen().toString());
            assertTrue(bridge.seen().stream().noneMatch(e -> e.data().contains(herEscalation.toString())),
                    "a step for the team is not the region's news");
        }
        String mail = Mails.text(awaitMail(worker.email(), herEscalation.toString()));
        assertTrue(mail.contains("New step on your case's escalation"), mail);
        assertFalse(mail.contains(hers.toString()), "the case id never goes by email");
        assertTrue(mailsTo(worker.email()).stream().noneMatch(m -> Mails.text(m).contains(otherEscalation.toString())));
    }

    @Test
    void aCaseWorkerMutesStepsByEmailAndStillGetsTheOtherKinds() {
        String region = KeycloakDirectory.freshRegion();
        User worker = KeycloakDirectory.ofTestStack().create("case-worker", region);
        String token = KeycloakTokens.accessToken(worker.username(), worker.password());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("muted", List.of("STEP")))
                .put("/api/network/me/email-preferences").then().statusCode(200).body("muted", contains("STEP"));
        UUID caseId = team(region, worker.username());
        UUID muted = UUID.randomUUID();
        fire(step(muted, caseId, region, "DUE_DATE_SET", List.of()));

        // a handover addressed to her, through the real topic, is not muted and follows the step
        UUID handoverId = UUID.randomUUID();
        var request = NetworkEvents.handoverRequested(handoverId, caseId, region, "MOVE", null, null);
        request.put("toUsername", worker.username());
        TestEvents.publish(StackSupport.kafka(), "case.handovers", caseId.toString(),
                NetworkEvents.caseEvent("case.handover-requested.v1", caseId, request));
        assertTrue(Mails.text(awaitMail(worker.email(), handoverId.toString())).contains("Handover for you to accept"));
        assertTrue(mailsTo(worker.email()).stream().noneMatch(m -> Mails.text(m).contains(muted.toString())),
                "a muted STEP was mailed");
    }

    @Test
    void aHandoverToAnOrganisationReachesEachOfItsCaseWorkersInTheRegionAndNobodyElse() {
        String region = KeycloakDirectory.freshRegion();
        User first = KeycloakDirectory.ofTestStack().create("case-worker", region); // organisation school
        User second = KeycloakDirectory.ofTestStack().create("case-worker", region);
        User elsewhere = KeycloakDirectory.ofTestStack().create("case-worker", KeycloakDirectory.freshRegion());
        User coordinator = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        UUID caseId = team(region, "the-requester");
        UUID toSchool = handoverTo("school", caseId, region);
        UUID toSocialServices = handoverTo("social-services", caseId, region);

        for (User colleague : List.of(first, second)) {
            assertTrue(Mails.text(awaitMail(colleague.email(), toSchool.toString()))
                    .contains("Handover for you to accept"), colleague.username());
        }
        for (User notAsked : List.of(elsewhere, coordinator)) {
            assertTrue(mailsTo(notAsked.email()).stream().noneMatch(m -> Mails.text(m).contains(toSchool.toString())),
                    notAsked.username() + " is not of the school in " + region);
        }
        assertTrue(mailsTo(first.email()).stream().noneMatch(m -> Mails.text(m).contains(toSocialServices.toString())),
                "a handover to social services is not the school's");
    }

    private static UUID handoverTo(String organisation, UUID caseId, String region) {
        UUID handoverId = UUID.randomUUID();
        var request = NetworkEvents.handoverRequested(handoverId, caseId, region, "MOVE", null, null);
        request.putNull("toUsername");
        request.put("toOrganisation", organisation);
        TestEvents.publish(StackSupport.kafka(), "case.handovers", caseId.toString(),
                NetworkEvents.caseEvent("case.handover-requested.v1", caseId, request));
        return handoverId;
    }

    @Test
    void anInviteeIsInvitedWithACalendarEntryAndTheTeamToldOfTheStep() throws Exception {
        String region = KeycloakDirectory.freshRegion();
        User member = KeycloakDirectory.ofTestStack().create("case-worker", region);
        User invitee = KeycloakDirectory.ofTestStack().create("case-worker", region);
        Escalated escalation = Bridge.arrived(db(), NetworkEvents.escalated(region));
        team(escalation.caseId(), region, member.username());
        OffsetDateTime convenedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime meetsAt = OffsetDateTime.parse("2026-12-14T09:30:00+01:00");
        Consultation table = new Consultation();
        table.id = UUID.randomUUID();
        table.escalationId = escalation.escalationId();
        table.meetsAt = meetsAt;
        table.agenda = "the team's agenda " + UUID.randomUUID();
        table.members = List.of(invitee.username());
        table.organisations = List.of("school");
        table.convenedBy = "bruno";
        table.convenedAt = convenedAt;
        QuarkusTransaction.requiringNew().run(table::persist);

        String id = escalation.escalationId().toString();
        try (SseStream invited = connected(invitee.username());
             SseStream told = connected(member.username())) {
            fire(new TeamStep(UUID.randomUUID(), escalation.escalationId(), escalation.caseId(), region,
                    "CONSULTATION_CONVENED", "bruno", convenedAt, List.of(invitee.username())));
            assertEquals("CONSULTATION_INVITE", invited.await(e -> e.data().contains(id), PATIENCE).name());
            assertEquals("STEP", told.await(e -> e.data().contains(id), PATIENCE).name());
        }

        MimeMessage mail = awaitMail(invitee.email(), "invited to a consultation table");
        String calendar = attachment(mail, "text/calendar");
        assertFalse(calendar.contains(table.agenda), "the agenda stays in Carebridge");
        Map<String, String> event = Calendars.singleEvent(calendar);
        assertEquals(table.id.toString(), event.get("UID"));
        assertEquals(meetsAt.toInstant(), Calendars.utc(event.get("DTSTART")));
        assertTrue(Calendars.utc(event.get("DTEND")).isAfter(meetsAt.toInstant()));
        assertTrue(event.get("DESCRIPTION").contains(id), event.get("DESCRIPTION"));
        awaitMail(member.email(), id);
        assertTrue(mailsTo(member.email()).stream().noneMatch(m -> Mails.text(m).contains("invited")),
                "a member who is not invited gets the step, not an invite");
    }

    @Test
    void adviceArrivingReachesTheTeamLive() throws Exception {
        User worker = KeycloakDirectory.ofTestStack().create("case-worker", "north");
        Escalated escalation = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        team(escalation.caseId(), "north", worker.username());
        as("bruno").post("/api/network/escalations/{id}/claim", escalation.escalationId()).then().statusCode(200);
        String referralId = as("bruno").contentType(ContentType.JSON).body(Map.of("question", "What helps here?"))
                .post("/api/network/escalations/{id}/referral", escalation.escalationId())
                .then().statusCode(201).extract().path("referral.id");
        try (SseStream stream = connected(worker.username())) {
            var advice = NetworkEvents.advice(UUID.fromString(referralId), escalation.escalationId(),
                    escalation.pseudonym(), "Advice text that never travels; " + UUID.randomUUID());
            TestEvents.publish(StackSupport.kafka(), "advisory.advice", escalation.pseudonym(),
                    NetworkEvents.envelope(UUID.randomUUID().toString(), "carebridge/advisory-service",
                            "advisory.advice-given.v1", referralId, advice));
            SseStream.Event told = stream.await(e -> e.data().contains(escalation.escalationId().toString()),
                    PATIENCE);
            assertEquals("ADVICE", told.name());
            assertFalse(told.data().contains("never travels"), told.data());
        }
        // she is on the team, so the claim and the referral were mailed to her too: find the advice among them
        assertTrue(Mails.text(awaitMail(worker.email(), "Advice arrived"))
                .contains(escalation.escalationId().toString()));
    }

    @Test
    void anAlertOnHerCaseReachesTheCaseWorkerLive() throws Exception {
        String region = KeycloakDirectory.freshRegion();
        User worker = KeycloakDirectory.ofTestStack().create("case-worker", region);
        UUID caseId = team(region, worker.username());
        try (SseStream stream = connected(worker.username())) {
            var alert = NetworkEvents.alert(caseId, region, "NO_LEAD", null);
            TestEvents.publish(StackSupport.kafka(), "case.alerts", caseId.toString(),
                    NetworkEvents.caseEvent("case.alert-raised.v1", caseId, alert));
            SseStream.Event told = stream.await(e -> e.data().contains(alert.get("alertId").asText()), PATIENCE);
            assertEquals("ALERT", told.name());
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** A new case whose team is {@code username} alone, as case-service announces it; waits until it is known. */
    private UUID team(String region, String username) {
        UUID caseId = UUID.randomUUID();
        team(caseId, region, username);
        return caseId;
    }

    private void team(UUID caseId, String region, String username) {
        TestEvents.publish(StackSupport.kafka(), CaseTeamChangedV1.TOPIC, caseId.toString(),
                NetworkEvents.teamOfOne(caseId, region, 1, username, "school", "mentor"));
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from case_roster_member where case_id = ?",
                caseId) == 1);
    }

    private static TeamStep step(UUID escalationId, UUID caseId, String region, String step, List<String> invitees) {
        return new TeamStep(UUID.randomUUID(), escalationId, caseId, region, step, "bruno",
                OffsetDateTime.now(ZoneOffset.UTC), invitees);
    }

    /** As the Recorder fires it: in the step's transaction. */
    private void fire(TeamStep step) {
        QuarkusTransaction.requiringNew().run(() -> steps.fire(step));
    }

    private static String attachment(MimeMessage mail, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith(type)) {
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + type + " attachment in " + Mails.text(mail));
    }
}
