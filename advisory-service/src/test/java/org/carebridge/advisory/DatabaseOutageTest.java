package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.platform.inbox.TransientRetry;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database outage of more than a minute holds the consumer's stream: the referral that arrived meanwhile and
 * the one behind it are applied once the database answers, and nothing goes to the dead-letter topic. Before,
 * the consumer gave up after 30 s and dead-lettered a valid event (an operator had to replay it), and a longer
 * patience alone would have let the Kafka connector close the consumer for good after 60 s.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class DatabaseOutageTest {

    /**
     * The outage lasts until the consumer retried this long after it began: past the connector's default
     * unprocessed-record limit (60 s) and the former patience (30 s).
     */
    private static final Duration OUTAGE = Duration.ofSeconds(62);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    // the outage is made by the server's administrator: the service's own roles may neither close the database nor
    // end each other's connections
    private static final String ADMIN_USER = "postgres";
    private static final String ADMIN_PASSWORD = "postgres";

    @Test
    void referralsArrivingDuringALongOutageAreAppliedWhenTheDatabaseIsBack() throws Exception {
        Referred held = AdvisoryEvents.referred("north");
        Referred next = AdvisoryEvents.referred("north");
        Referred behind = new Referred(next.eventId(), next.referralId(), next.escalationId(), "north",
                held.pseudonym(), next.question()); // same youth, same partition: it queues behind the held one
        RetryWarnings warnings = RetryWarnings.listen();
        long outageStart;
        try (ConsumerTask<String, String> deadLetters = StackSupport.kafka().consumeStrings()
                .fromTopics("advisory-service.dead-letters", m -> m.select()
                        .where(r -> r.value() != null && r.value().contains(held.pseudonym())));
             Connection admin = DriverManager.getConnection(jdbcUrl, ADMIN_USER, ADMIN_PASSWORD)) {
            try {
                outageStart = System.nanoTime();
                refuseConnections(admin);
                TestEvents.publish(StackSupport.kafka(), "network.referrals", held.pseudonym(), held.json(), behind.json());
                await().atMost(OUTAGE.plusSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                        warnings.triedAfter(held.eventId(), outageStart, OUTAGE));
                assertEquals(0, count(admin, "select count(*) from referral where pseudonym = '" + held.pseudonym() + "'"),
                        "the consumer could not reach the database during the outage");
            } finally {
                acceptConnections(admin);
            }

            Db db = new Db(dataSource);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    db.count("select count(*) from referral where id in (?, ?)", held.referralId(), behind.referralId()) == 2);
            double lastTrySeconds = (warnings.lastFor(held.eventId()) - outageStart) / 1e9;
            assertTrue(lastTrySeconds > 60, "the consumer kept trying past the connector's default limit, last try after "
                    + lastTrySeconds + " s; warnings: " + warnings.warnings);
            deadLetters.awaitNoRecords(Duration.ofSeconds(5)); // a valid event held by an outage is no dead letter
        } finally {
            warnings.stop();
        }
    }

    private void refuseConnections(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement()) {
            // new connections get "too many connections" (53300), the pool's open ones are cut: as a server down
            s.execute("alter database \"" + admin.getCatalog() + "\" connection limit 0");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()");
        }
    }

    private void acceptConnections(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("alter database \"" + admin.getCatalog() + "\" connection limit -1");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The consumer's "failed transiently, retrying" warnings, each with the time it was logged. */
    private static final class RetryWarnings extends Handler {
        private static final Logger RETRY_LOG = Logger.getLogger(TransientRetry.class.getName());

        record Warning(long nanoTime, String message) {
        }

        final List<Warning> warnings = new CopyOnWriteArrayList<>();

        static RetryWarnings listen() {
            RetryWarnings listener = new RetryWarnings();
            RETRY_LOG.addHandler(listener);
            return listener;
        }

        @Override
        public void publish(LogRecord record) {
            // JBoss Logging's warnf keeps the printf pattern and its arguments apart until a handler formats them
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            warnings.add(new Warning(System.nanoTime(), message));
        }

        boolean triedAfter(String eventId, long start, Duration after) {
            return warnings.stream().anyMatch(w -> w.message().contains(eventId) && w.nanoTime() - start > after.toNanos());
        }

        long lastFor(String eventId) {
            return warnings.stream().filter(w -> w.message().contains(eventId)).mapToLong(Warning::nanoTime).max()
                    .orElseThrow(() -> new AssertionError("the consumer never retried " + eventId + ": " + warnings));
        }

        void stop() {
            RETRY_LOG.removeHandler(this);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
