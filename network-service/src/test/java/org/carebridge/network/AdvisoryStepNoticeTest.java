package org.carebridge.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.roster.CaseTeamChangedV1;
import org.carebridge.network.support.Mails;
import org.carebridge.network.support.SmtpServer;
import org.carebridge.network.support.LiveStreamTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.network.support.Mails.awaitMail;
import static org.carebridge.network.support.Mails.mailsTo;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The advisory group's steps on a referral (advisory.steps, as advisory-service sends them) reach the case's team
 * live and by email, as a STEP naming the escalation; its reminders and climbs do not, they are emailed to the owner
 * or chair they name (a climb without a chair to the region's advisory members), less those who muted the kind;
 * the group's texts never travel.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
@QuarkusTestResource(SmtpServer.class)
class AdvisoryStepNoticeTest extends LiveStreamTest {

    private static final String PREFERENCES = "/api/network/me/email-preferences";


    @Test
    void theTeamHearsOfTheGroupsDecisionAndNothingOfItsReminder() throws Exception {
        User worker = KeycloakDirectory.ofTestStack().create("case-worker", "north");
        Escalated escalation = referredWithTeam(worker);
        UUID referralId = referralOf(escalation);
        String id = escalation.escalationId().toString();
        String decision = "The group's decision, which stays on the timeline; " + UUID.randomUUID();

        try (SseStream told = connected(worker.username())) {
            // one escalation's steps share a key, so the reminder is handled before the decision
            publish(step(referralId, escalation, "REMINDED", "advisory-service", null));
            publish(step(referralId, escalation, "DECISION", "ada", decision));
            SseStream.Event step = told.await(e -> e.data().contains("\"summary\":\"DECISION\""), PATIENCE);
            assertEquals("STEP", step.name());
            assertTrue(step.data().contains(id) && !step.data().contains(decision), step.data());
            assertTrue(told.seen().stream().noneMatch(e -> e.data().contains("REMINDED")),
                    "a reminder within the advisory group reached the team: " + told.seen());
        }
        String mail = Mails.text(awaitMail(worker.email(), ": DECISION"));
        assertTrue(mail.contains("New step on your case's escalation") && mail.contains(id), mail);
        assertFalse(mail.contains(decision), "the group's text never goes by email");
        assertTrue(mailsTo(worker.email()).stream().noneMatch(m -> Mails.text(m).contains("REMINDED")),
                "a reminder within the advisory group was mailed to the team");
    }

    @Test
    void theOwnerIsEmailedTheReminderAndTheChairTheClimbAndTheTeamNeither() {
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        User worker = directory.create("case-worker", "north");
        User owner = directory.create("advisory-member", "north");
        User chair = directory.create("advisory-member", "north");
        String withoutEmail = "advi-" + UUID.randomUUID().toString().substring(0, 8);
        directory.admin("POST", "/users", Map.of("username", withoutEmail, "enabled", true));
        Escalated escalation = referredWithTeam(worker);
        UUID referralId = referralOf(escalation);

        // one key, so handled in this order; the unreachable ones first: they must hold nothing up (a climb naming
        // nobody goes to the region's advisory members: aClimbWithoutAChairGoesToTheRegionsAdvisoryMembers...)
        ObjectNode toNoEmail = step(referralId, escalation, "CLIMBED", "advisory-service", null)
                .put("climbedTo", withoutEmail);
        ObjectNode noOwner = step(referralId, escalation, "REMINDED", "advisory-service", null).putNull("owner");
        List<String> unreachable = List.of(publish(toNoEmail), publish(noOwner));
        publish(step(referralId, escalation, "REMINDED", "advisory-service", null)
                .put("owner", owner.username()));
        publish(step(referralId, escalation, "CLIMBED", "advisory-service", null)
                .put("owner", owner.username()).put("climbedTo", chair.username()));
        publish(step(referralId, escalation, "DECISION", "ada", "decided; " + UUID.randomUUID()));

        String reminder = Mails.text(awaitMail(owner.email(), "Advisory referral you own is due: 2026-12-20"));
        assertTrue(reminder.contains("Open referral " + referralId) && reminder.contains("region north")
                && reminder.contains("ADVISORY_REMINDED"), reminder);
        String climb = Mails.text(awaitMail(chair.email(), "Overdue advisory referral climbed to you: 2026-12-20"));
        assertTrue(climb.contains("Open referral " + referralId) && climb.contains("advisory chair"), climb);
        awaitMail(worker.email(), ": DECISION"); // the team's step came after every reminder: all were handled
        assertEquals(2, db().count("select count(*) from inbox_event where consumer = ? and event_id in (?, ?)",
                "network-service.advisory-steps", unreachable.get(0), unreachable.get(1)),
                "the steps naming nobody reachable were applied, not dead-lettered");
        assertEquals(1, mailsTo(owner.email()).size(), "the owner gets the reminder only, not the climb");
        assertEquals(1, mailsTo(chair.email()).size(), "the chair gets the climb only");
        assertTrue(mailsTo(worker.email()).stream().map(Mails::text).noneMatch(m -> m.contains("ADVISORY_")
                        || m.contains(referralId.toString())), "the team heard of the advisory group's reminders");
    }

    @Test
    void aClimbWithoutAChairGoesToTheRegionsAdvisoryMembersLessThoseWhoMutedIt() {
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        String region = KeycloakDirectory.freshRegion();
        User coordinator = directory.create("bridge-coordinator", region);
        User member = directory.create("advisory-member", region);
        User muting = directory.create("advisory-member", region);
        User elsewhere = directory.create("advisory-member", KeycloakDirectory.freshRegion());
        as(member.username()).get(PREFERENCES).then().statusCode(200).body("email", equalTo(member.email()))
                .body("kinds", contains("ADVISORY_REMINDED", "ADVISORY_CLIMBED")).body("muted", empty());
        mute(muting, "ADVISORY_CLIMBED");
        Escalated escalation = Bridge.arrived(db(), NetworkEvents.escalated(region));
        as(coordinator.username()).post("/api/network/escalations/{id}/claim", escalation.escalationId()).then()
                .statusCode(200);
        UUID referralId = referralOf(escalation, coordinator.username());

        publish(step(referralId, escalation, "CLIMBED", "advisory-service", null).putNull("climbedTo"));
        String climb = Mails.text(awaitMail(member.email(),
                "Overdue advisory referral, and your region has no advisory chair: 2026-12-20"));
        assertTrue(climb.contains("Open referral " + referralId) && climb.contains("every advisory member")
                && climb.contains("as an advisory member of region " + region), climb);
        // the climb's mails were all queued together, before this reminder (a kind she did not mute) was sent
        publish(step(referralId, escalation, "REMINDED", "advisory-service", null)
                .put("owner", muting.username()));
        awaitMail(muting.email(), "Advisory referral you own is due");
        assertEquals(1, mailsTo(muting.email()).size(), "she muted climbs, yet got one: " + mailsTo(muting.email()));
        assertTrue(mailsTo(elsewhere.email()).isEmpty(), "an advisory member of another region was told");
        assertTrue(mailsTo(coordinator.email()).stream().map(Mails::text)
                .noneMatch(m -> m.contains(referralId.toString())), "the bridge heard of the group's climb");
    }

    @Test
    void anAdvisoryMemberWhoMutedRemindersGetsNoneAndOneWhoDidNotDoes() {
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        User muting = directory.create("advisory-member", "north");
        User other = directory.create("advisory-member", "north");
        mute(muting, "ADVISORY_REMINDED");
        Escalated escalation = referredWithTeam(directory.create("case-worker", "north"));
        UUID referralId = referralOf(escalation);

        publish(step(referralId, escalation, "REMINDED", "advisory-service", null)
                .put("owner", muting.username()));
        publish(step(referralId, escalation, "REMINDED", "advisory-service", null)
                .put("owner", other.username()));

        awaitMail(other.email(), "Advisory referral you own is due"); // handled after the muted one's
        // then a kind she did not mute: once it reached her, a reminder mailed to her would have too
        publish(step(referralId, escalation, "CLIMBED", "advisory-service", null)
                .put("climbedTo", muting.username()));
        awaitMail(muting.email(), "Overdue advisory referral climbed to you");
        assertEquals(1, mailsTo(muting.email()).size(), "a muted reminder was mailed: " + mailsTo(muting.email()));
        // the settings are audited: who changed them, to what (kinds only)
        assertEquals(1, db().count("select count(*) from audit_entry where actor = ? and action = 'UPDATE'"
                + " and object_type = 'email-preferences' and reason = 'muted: [ADVISORY_REMINDED]'",
                muting.username()));
    }

    private static void mute(User user, String kind) {
        as(user.username()).contentType(ContentType.JSON).body(Map.of("muted", List.of(kind))).put(PREFERENCES)
                .then().statusCode(200).body("muted", contains(kind));
    }

    /** An escalation in north with {@code worker} on its case's team, claimed by bruno. */
    private Escalated referredWithTeam(User worker) {
        Escalated escalation = Bridge.arrived(db(), NetworkEvents.escalated("north"));
        TestEvents.publish(StackSupport.kafka(), CaseTeamChangedV1.TOPIC, escalation.caseId().toString(),
                NetworkEvents.teamOfOne(escalation.caseId(), "north", 1, worker.username(), "school", "mentor"));
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from case_roster_member where case_id = ?",
                escalation.caseId()) == 1);
        as("bruno").post("/api/network/escalations/{id}/claim", escalation.escalationId()).then().statusCode(200);
        return escalation;
    }

    /** Bruno refers the escalation to the advisory group: the referral the steps must name. */
    private static UUID referralOf(Escalated escalation) {
        return referralOf(escalation, "bruno");
    }

    private static UUID referralOf(Escalated escalation, String coordinator) {
        return UUID.fromString(as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("question", "What helps here?"))
                .post("/api/network/escalations/{id}/referral", escalation.escalationId())
                .then().statusCode(201).extract().path("referral.id"));
    }

    private static ObjectNode step(UUID referralId, Escalated escalation, String step, String actor, String text) {
        return NetworkEvents.referralStep(referralId, escalation.escalationId(), step, actor, text);
    }

    private static String publish(ObjectNode step) {
        return NetworkEvents.publishReferralStep(step);
    }
}
