package org.carebridge.network;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.carebridge.network.escalation.TeamStep;
import org.carebridge.network.roster.CaseTeamChangedV1;
import org.carebridge.network.support.SmtpServer;
import org.carebridge.network.support.TimeMovingTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.network.support.Mails.awaitMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's email comes in her language: the {@code locale} attribute an administrator gives her in Keycloak (the
 * realm speaks en, nl, nb and da), read by the directory, picks the subject and the body. A user created with a
 * locale, as any administrator would, not one of the demo realm's.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
@QuarkusTestResource(SmtpServer.class)
class MailLanguageTest extends TimeMovingTest {

    @Inject
    Event<TeamStep> steps;
    @Inject
    MeterRegistry meters;

    @Test
    void aCaseWorkerWithTheLocaleNlGetsHerMailInDutch() throws Exception {
        String region = KeycloakDirectory.freshRegion();
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        User worker = directory.withLocale(directory.create("case-worker", region), "nl");
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(StackSupport.kafka(), CaseTeamChangedV1.TOPIC, caseId.toString(),
                NetworkEvents.teamOfOne(caseId, region, 1, worker.username(), "school", "mentor"));
        await().atMost(Duration.ofSeconds(30)).until(() -> db().count(
                "select count(*) from case_roster_member where case_id = ?", caseId) == 1);

        double sentBefore = sentEmails();
        UUID escalationId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> steps.fire(new TeamStep(UUID.randomUUID(), escalationId, caseId,
                region, "CLAIMED", "bruno", OffsetDateTime.now(ZoneOffset.UTC), List.of())));

        MimeMessage mail = awaitMail(worker.email(), escalationId.toString());
        assertEquals("[Carebridge " + region + "] Nieuwe stap in de escalatie van je casus: CLAIMED",
                mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.startsWith("Er is een stap gezet in de escalatie van een casus waar je bij betrokken bent, "
                + "in regio " + region + ": CLAIMED. Op "), body);
        assertTrue(body.contains("Open escalatie " + escalationId + " in Carebridge: "), body);
        assertTrue(body.contains("Je ontvangt dit als " + worker.username() + "; zet dit soort e-mail (STEP) uit"),
                body);
        assertFalse(body.contains("Open escalation") || body.contains("You receive this"), "English left: " + body);
        assertFalse(body.contains(caseId.toString()), "the case id never goes by email");
        // the operator's count of sent mail moves once the server has taken it
        await().atMost(Duration.ofSeconds(30)).until(() -> sentEmails() > sentBefore);
    }

    private double sentEmails() {
        Counter sent = meters.find("carebridge.emails").tag("outcome", "sent").counter();
        return sent == null ? 0 : sent.count();
    }
}
