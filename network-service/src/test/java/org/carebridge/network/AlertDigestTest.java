package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.carebridge.network.notification.AlertDigest;
import org.carebridge.network.roster.CaseTeamChangedV1;
import org.carebridge.network.support.Mails;
import org.carebridge.network.support.SmtpServer;
import org.carebridge.network.support.TimeMovingTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.network.support.Mails.mailsTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alerts of a scan reach each coordinator of the region as one digest email, not one mail per alert, and a case
 * worker gets the alerts of her own cases the same way; a digest that went out is never sent again.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
@QuarkusTestResource(SmtpServer.class)
class AlertDigestTest extends TimeMovingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AlertDigest digest;

    @Test
    void threeAlertsAreOneEmailPerCoordinatorAndTheTeamGetsItsCasesOnly() {
        String region = KeycloakDirectory.freshRegion();
        User first = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        User second = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        User worker = KeycloakDirectory.ofTestStack().create("case-worker", region);
        List<UUID> cases = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        TestEvents.publish(StackSupport.kafka(), CaseTeamChangedV1.TOPIC, cases.get(0).toString(),
                NetworkEvents.teamOfOne(cases.get(0), region, 1, worker.username(), "school", "mentor"));
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from case_roster where case_id = ?",
                cases.get(0)) == 1);

        List<String> alerts = new ArrayList<>();
        for (UUID caseId : cases) {
            var alert = NetworkEvents.alert(caseId, region, "NO_LEAD", null);
            alerts.add(alert.get("alertId").asText());
            TestEvents.publish(StackSupport.kafka(), "case.alerts", caseId.toString(),
                    NetworkEvents.caseEvent("case.alert-raised.v1", caseId, alert));
        }
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from alert where region = ?", region) == 3);
        assertTrue(mailsTo(first.email()).isEmpty(), "an alert is not mailed on its own");

        digest.flush();
        for (User coordinator : List.of(first, second)) {
            List<MimeMessage> mails = mailsTo(coordinator.email());
            assertEquals(1, mails.size(), coordinator.username() + " got " + mails.size() + " mails");
            String text = Mails.text(mails.get(0));
            assertTrue(text.contains("3 new alerts"), text);
            alerts.forEach(id -> assertTrue(text.contains(id), id + " missing from " + text));
            cases.forEach(id -> assertFalse(text.contains(id.toString()), "the case id never goes by email"));
        }
        List<MimeMessage> hers = mailsTo(worker.email());
        assertEquals(1, hers.size());
        String text = Mails.text(hers.get(0));
        assertTrue(text.contains(alerts.get(0)) && !text.contains(alerts.get(1)) && !text.contains(alerts.get(2)),
                text);
        assertEquals(0, db().count("select count(*) from alert_notice where region = ?", region),
                "what was sent is no longer waiting");

        digest.flush();
        assertEquals(1, mailsTo(first.email()).size(), "a digest was sent twice");
    }
}
