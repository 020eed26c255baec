package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.escalation.BridgeWatch;
import org.carebridge.network.notification.AlertDigest;
import org.carebridge.network.support.Mails;
import org.carebridge.network.support.SmtpServer;
import org.carebridge.network.support.TimeMovingTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakTokens;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carebridge.network.support.Mails.awaitMail;
import static org.carebridge.network.support.Mails.mailsTo;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bridge coordinator gets email before they ever open network-service: the service asks the real test Keycloak
 * who the region's coordinators are. Each test creates its users in a region of its own in that Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
@QuarkusTestResource(SmtpServer.class)
class DirectoryEmailTest extends TimeMovingTest {

    @Inject
    BridgeWatch watch;
    @Inject
    AlertDigest digest;

    @Test
    void aCoordinatorWhoNeverLoggedInIsMailedTheNewEscalationsOfTheirRegionOnly() {
        String region = KeycloakDirectory.freshRegion();
        User coordinator = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        User elsewhere = KeycloakDirectory.ofTestStack().create("bridge-coordinator", KeycloakDirectory.freshRegion());
        User caseWorker = KeycloakDirectory.ofTestStack().create("case-worker", region);
        assertEquals(0, db().count("select count(*) from coordinator_contact where username = ?",
                coordinator.username()), "network-service has never seen this coordinator");

        Escalated escalation = NetworkEvents.escalated(region);
        TestEvents.publish(StackSupport.kafka(), "case.escalations", escalation.caseId().toString(),
                escalation.json());

        String id = escalation.escalationId().toString();
        assertTrue(Mails.text(awaitMail(coordinator.email(), id)).contains("New escalation"));
        // the next escalation of the other region reaches its coordinator; this one never did
        Escalated other = NetworkEvents.escalated(elsewhere.region());
        TestEvents.publish(StackSupport.kafka(), "case.escalations", other.caseId().toString(), other.json());
        awaitMail(elsewhere.email(), other.escalationId().toString());
        assertTrue(mailsTo(elsewhere.email()).stream().noneMatch(m -> Mails.text(m).contains(id)),
                "a coordinator of another region was mailed");
        assertTrue(mailsTo(caseWorker.email()).isEmpty(), "a case worker of the region is no bridge coordinator");
    }

    @Test
    void aKindTheCoordinatorMutedIsNotMailedWhileTheirColleagueStillGetsIt() {
        String region = KeycloakDirectory.freshRegion();
        User muting = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        User colleague = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        given().auth().oauth2(KeycloakTokens.accessToken(muting.username(), muting.password()))
                .contentType(ContentType.JSON).body(Map.of("muted", List.of("ALERT")))
                .put("/api/network/me/email-preferences").then().statusCode(200);

        UUID caseId = UUID.randomUUID();
        var alert = NetworkEvents.alert(caseId, region, "NO_LEAD", null);
        TestEvents.publish(StackSupport.kafka(), "case.alerts", caseId.toString(),
                NetworkEvents.caseEvent("case.alert-raised.v1", caseId, alert));
        String alertId = alert.get("alertId").asText();
        // alerts go by digest: once the alert is in, the flush resolves both coordinators' digests at once
        await().atMost(Duration.ofSeconds(30)).until(() -> db().count("select count(*) from alert where id = ?",
                UUID.fromString(alertId)) == 1);
        digest.flush();
        // the colleague's mail leaves with the muting coordinator's, if it were sent; a later escalation still
        // reaches the muting coordinator, so their mail is not simply missing
        awaitMail(colleague.email(), alertId);
        Escalated after = NetworkEvents.escalated(region);
        TestEvents.publish(StackSupport.kafka(), "case.escalations", after.caseId().toString(), after.json());
        awaitMail(muting.email(), after.escalationId().toString());
        assertTrue(mailsTo(muting.email()).stream().noneMatch(m -> Mails.text(m).contains(alertId)),
                "a muted ALERT was mailed");
    }

    @Test
    void aRegionsAnswerIsReusedUntilItExpires() {
        String region = KeycloakDirectory.freshRegion();
        User first = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        Escalated before = NetworkEvents.escalated(region);
        TestEvents.publish(StackSupport.kafka(), "case.escalations", before.caseId().toString(), before.json());
        awaitMail(first.email(), before.escalationId().toString());

        // Keycloak now lists a second coordinator, but the region's answer is kept for cache-for (10 min in tests)
        User later = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        Escalated after = NetworkEvents.escalated(region);
        TestEvents.publish(StackSupport.kafka(), "case.escalations", after.caseId().toString(), after.json());
        awaitMail(first.email(), after.escalationId().toString());
        assertTrue(mailsTo(later.email()).isEmpty(), "Keycloak was asked again for every mail");
    }

    @Test
    void anOverdueEscalationClimbsByEmailToTheLeadCoordinatorOnly() {
        String region = KeycloakDirectory.freshRegion();
        User lead = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        User colleague = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        as("nils").contentType(ContentType.JSON).body(Map.of("username", lead.username()))
                .put("/api/network/regions/{region}/lead", region).then().statusCode(200);
        Escalated escalation = Bridge.arrived(db(), NetworkEvents.escalated(region)); // due in 5 days
        String id = escalation.escalationId().toString();
        awaitMail(colleague.email(), id); // the new escalation reached both

        clock.advance(Duration.ofDays(6));
        watch.sweep();
        String climbed = Mails.text(awaitMail(lead.email(), "climbed to you"));
        assertTrue(climbed.contains(id), climbed);
        assertTrue(mailsTo(colleague.email()).stream().noneMatch(m -> Mails.text(m).contains("climbed to you")),
                "the climb was mailed to a coordinator who is not the lead");
    }
}
