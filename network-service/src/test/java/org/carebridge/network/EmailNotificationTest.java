package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.notification.AlertDigest;
import org.carebridge.network.support.SmtpServer;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.network.support.Mails.awaitMail;
import static org.carebridge.network.support.Mails.mailsTo;
import static org.carebridge.network.support.Mails.text;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coordinators get an email through a real SMTP server for what concerns their region, at the address Keycloak
 * (and their token) gives; the mail carries ids and categories, never the team's text; a muted kind sends nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
@QuarkusTestResource(SmtpServer.class)
class EmailNotificationTest {

    @Inject
    AlertDigest digest;

    @AfterEach
    void unmute() {
        as("bruno").contentType(ContentType.JSON).body(Map.of("muted", List.of()))
                .put("/api/network/me/email-preferences").then().statusCode(200);
    }

    @Test
    void aNewEscalationIsMailedToTheRegionsCoordinators() throws Exception {
        as("bruno").get("/api/network/me/email-preferences").then().statusCode(200)
                .body("email", equalTo("bruno@carebridge.example")).body("muted", empty());
        as("sofie").get("/api/network/me/email-preferences").then().statusCode(200);

        Escalated north = NetworkEvents.escalated("north");
        TestEvents.publish(StackSupport.kafka(), "case.escalations", north.caseId().toString(), north.json());
        MimeMessage mail = awaitMail("bruno@carebridge.example", north.escalationId().toString());
        // the demo realm gives bruno the locale nl: the directory reads it, and he reads Dutch
        assertTrue(mail.getSubject().contains("Nieuwe escalatie"), mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.contains("Open escalatie " + north.escalationId()), body);
        assertFalse(body.contains(north.whatWasTried()), "the team's text never goes by email");
        assertFalse(body.contains(north.caseId().toString()), "the case id never goes by email");
        assertTrue(mailsTo("sofie@carebridge.example").stream().noneMatch(m -> text(m)
                .contains(north.escalationId().toString())), "south hears nothing of north");
    }

    @Test
    void aMutedKindIsNotMailedAndTheOthersStillAre() throws Exception {
        as("bruno").contentType(ContentType.JSON).body(Map.of("muted", List.of("ALERT")))
                .put("/api/network/me/email-preferences").then().statusCode(200).body("muted", contains("ALERT"));
        UUID caseId = UUID.randomUUID();
        var alert = NetworkEvents.alert(caseId, "north", "NO_LEAD", null);
        Escalated after = NetworkEvents.escalated("north");
        TestEvents.publish(StackSupport.kafka(), "case.alerts", caseId.toString(),
                NetworkEvents.caseEvent("case.alert-raised.v1", caseId, alert));
        // the alert is applied (and would have been mailed) before this escalation's mail arrives
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("bruno").queryParam("size", 100).get("/api/network/alerts")
                .then().body("items.id", hasItem(alert.get("alertId").asText())));
        digest.flush(); // alerts go by digest: this one's would be on its way now
        TestEvents.publish(StackSupport.kafka(), "case.escalations", after.caseId().toString(), after.json());
        awaitMail("bruno@carebridge.example", after.escalationId().toString());
        assertTrue(mailsTo("bruno@carebridge.example").stream()
                .noneMatch(m -> text(m).contains(alert.get("alertId").asText())), "muted ALERT was mailed");
    }

    @Test
    void badPreferencesAreNamed() {
        as("bruno").contentType(ContentType.JSON).body(Map.of("muted", List.of("EVERYTHING")))
                .put("/api/network/me/email-preferences").then().statusCode(400).body("errors.field", hasItem("muted[0]"));
        as("bruno").contentType(ContentType.JSON).body("{}")
                .put("/api/network/me/email-preferences").then().statusCode(400).body("errors.field", hasItem("muted"));
    }
}
