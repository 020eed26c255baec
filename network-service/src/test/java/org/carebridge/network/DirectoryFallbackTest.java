package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.support.SmtpServer;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakTokens;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.carebridge.network.support.Mails.awaitMail;
import static org.carebridge.network.support.Mails.mailsTo;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When Keycloak's admin API cannot be reached, the escalation is still taken in and mailed to the coordinators whose
 * token gave network-service their address, in the language their token gave (its locale claim); the one it never saw
 * gets nothing until Keycloak answers again. The same holds for an advisory climb to a region without a chair.
 */
@QuarkusTest
@TestProfile(DirectoryFallbackTest.DirectoryUnreachable.class)
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
@QuarkusTestResource(SmtpServer.class)
class DirectoryFallbackTest {

    /** The directory points at a port nobody listens on; tokens still come from the real Keycloak. */
    public static class DirectoryUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of("carebridge.directory.server-url", "http://127.0.0.1:" + socket.getLocalPort() + "/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theCoordinatorsWhoOpenedTheirSettingsStillGetMailAndNothingIsLost() {
        String region = KeycloakDirectory.freshRegion();
        User seen = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        User unseen = KeycloakDirectory.ofTestStack().create("bridge-coordinator", region);
        String token = KeycloakTokens.accessToken(seen.username(), seen.password());
        given().auth().oauth2(token).get("/api/network/me/email-preferences").then().statusCode(200)
                .body("email", equalTo(seen.email()));

        Escalated escalation = NetworkEvents.escalated(region);
        TestEvents.publish(StackSupport.kafka(), "case.escalations", escalation.caseId().toString(),
                escalation.json());

        awaitMail(seen.email(), escalation.escalationId().toString());
        given().auth().oauth2(token).get("/api/network/escalations/{id}", escalation.escalationId()).then()
                .statusCode(200).body("status", equalTo("NEW"));
        // both addresses would have been taken from the same answer and sent together
        assertTrue(mailsTo(unseen.email()).isEmpty(), "the directory was asked after all");
    }

    @Test
    void mailGoesInTheLanguageTheTokenGaveAndAChairlessClimbToTheAdvisoryMembersSeen() throws Exception {
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        String region = KeycloakDirectory.freshRegion();
        User coordinator = directory.withLocale(directory.create("bridge-coordinator", region), "nl");
        User member = directory.withLocale(directory.create("advisory-member", region), "da");
        User unseen = directory.create("advisory-member", region);
        for (User seen : List.of(coordinator, member)) { // their first tokens, issued after the locale was set
            as(seen.username()).get("/api/network/me/email-preferences").then().statusCode(200)
                    .body("email", equalTo(seen.email()));
        }

        Escalated escalation = NetworkEvents.escalated(region);
        TestEvents.publish(StackSupport.kafka(), "case.escalations", escalation.caseId().toString(),
                escalation.json());
        MimeMessage told = awaitMail(coordinator.email(), escalation.escalationId().toString());
        assertTrue(told.getSubject().startsWith("[Carebridge " + region + "] Nieuwe escalatie: "), told.getSubject());

        as(coordinator.username()).post("/api/network/escalations/{id}/claim", escalation.escalationId()).then()
                .statusCode(200);
        UUID referralId = UUID.fromString(as(coordinator.username()).contentType(ContentType.JSON)
                .body(Map.of("question", "What helps here?"))
                .post("/api/network/escalations/{id}/referral", escalation.escalationId())
                .then().statusCode(201).extract().path("referral.id"));
        NetworkEvents.publishReferralStep(NetworkEvents.referralStep(referralId, escalation.escalationId(), "CLIMBED",
                "advisory-service", null).putNull("climbedTo"));
        MimeMessage climb = awaitMail(member.email(), referralId.toString());
        assertEquals("[Carebridge " + region + "] Overskredet henvisning i rådgivningsgruppen, og din region har"
                + " ingen formand: 2026-12-20", climb.getSubject());
        assertTrue(mailsTo(unseen.email()).isEmpty(), "the directory was asked after all");
    }
}
