package org.carebridge.network.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.carebridge.network.SseStream;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live stream across replicas: a stream held on this replica hears what another replica committed (another
 * session of the database, as another replica's is), only once it committed, and each notification once; a
 * rolled-back change announces nothing; the listener listens again after its database session was cut.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class NotificationChannelTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/api/network/notifications")
    URI stream;
    @Inject
    NotificationChannel channel;
    @Inject
    Event<BridgeNotification> notify;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aStreamHeldHereHearsWhatAnotherReplicaCommittedOnceItCommitted() throws Exception {
        try (SseStream bruno = SseStream.open(stream, "bruno"); Connection otherReplica = session();
             Connection thirdReplica = session()) {
            bruno.await(e -> "connected".equals(e.name()), PATIENCE);
            otherReplica.setAutoCommit(false);
            BridgeNotification escalated = new BridgeNotification(BridgeNotification.Kind.NEW_ESCALATION, "north",
                    null, UUID.randomUUID(), UUID.randomUUID(), "HIGH", OffsetDateTime.now());
            channel.announce(otherReplica, escalated);

            // announced later but committed first: heard first, and the open one not yet
            BridgeNotification marker = invite("bruno");
            channel.announce(thirdReplica, marker);
            bruno.await(e -> e.data().contains(marker.subjectId().toString()), PATIENCE);
            assertEquals(0, heard(bruno, escalated), "announced before its transaction committed");

            otherReplica.commit();
            SseStream.Event news = bruno.await(e -> e.data().contains(escalated.subjectId().toString()), PATIENCE);
            assertEquals("NEW_ESCALATION", news.name());
            assertTrue(news.data().contains("\"caseId\":\"" + escalated.caseId() + "\""), news.data());
        }
    }

    @Test
    void aRolledBackChangeAnnouncesNothingAndACommittedOneArrivesOnce() throws Exception {
        try (SseStream bruno = SseStream.open(stream, "bruno"); Connection otherReplica = session()) {
            bruno.await(e -> "connected".equals(e.name()), PATIENCE);
            BridgeNotification rolledBack = invite("bruno");
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                notify.fire(rolledBack);
                throw new IllegalStateException("the change fails after it was announced");
            }));
            BridgeNotification committed = invite("bruno");
            QuarkusTransaction.requiringNew().run(() -> notify.fire(committed));

            // announcements arrive in commit order: once this one is here, the two before it would be too
            BridgeNotification marker = invite("bruno");
            channel.announce(otherReplica, marker);
            bruno.await(e -> e.data().contains(marker.subjectId().toString()), PATIENCE);
            assertEquals(0, heard(bruno, rolledBack), "rolled back, yet announced");
            assertEquals(1, heard(bruno, committed), "each committed notification once on each stream");
        }
    }

    @Test
    void theListenerListensAgainAfterItsDatabaseSessionWasCut() throws Exception {
        try (SseStream bruno = SseStream.open(stream, "bruno"); Connection admin = session()) {
            bruno.await(e -> "connected".equals(e.name()), PATIENCE);
            // what a database restart does to the session: terminated by the server
            try (PreparedStatement cut = admin.prepareStatement("select count(pg_terminate_backend(pid)) "
                    + "from pg_stat_activity where datname = current_database() and application_name = ?")) {
                cut.setString(1, NotificationListener.APPLICATION_NAME);
                try (ResultSet rs = cut.executeQuery()) {
                    assertTrue(rs.next() && rs.getInt(1) >= 1, "the listening session was not found");
                }
            }
            // what is announced before it is back is lost (best effort): announce until one is heard
            UUID caseId = UUID.randomUUID();
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                channel.announce(admin, new BridgeNotification(BridgeNotification.Kind.CONSULTATION_INVITE, "north",
                        "bruno", UUID.randomUUID(), caseId, "2026-12-07", OffsetDateTime.now()));
                return bruno.seen().stream().anyMatch(e -> e.data().contains(caseId.toString()));
            });
        }
    }

    /** Addressed to one user; observed by nobody else here (no mail, no digest, no team). */
    private static BridgeNotification invite(String recipient) {
        return new BridgeNotification(BridgeNotification.Kind.CONSULTATION_INVITE, "north", recipient,
                UUID.randomUUID(), UUID.randomUUID(), "2026-12-07", OffsetDateTime.now());
    }

    private static long heard(SseStream stream, BridgeNotification n) {
        return stream.seen().stream().filter(e -> e.data().contains(n.subjectId().toString())).count();
    }

    /** A database session of its own, as another replica holds. */
    private Connection session() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }
}
