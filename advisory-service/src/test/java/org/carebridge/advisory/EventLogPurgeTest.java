package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.platform.purge.EventLogPurge;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Twenty days of traffic, {@value #PER_DAY} published events and as many consumed ones a day, purged once a day with
 * the platform's windows (outbox 7 days after publishing, inbox 14 days after receipt): both tables stay at their
 * window's worth of rows, and an old event never published stays, however old.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class EventLogPurgeTest {

    /** More than a purge batch, so a day's purge takes several. */
    static final int PER_DAY = EventLogPurge.BATCH + 500;
    /** Far from the other tests' rows; the purge would delete theirs too, which no test reads afterwards. */
    static final OffsetDateTime DAY_0 = OffsetDateTime.parse("2100-01-01T00:00:00Z");

    @Inject
    EventLogPurge purge;
    @Inject
    DataSource dataSource;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void publishedOutboxRowsAndInboxRowsStayAtTheirWindowsWorthUnderLoad() throws SQLException {
        Db db = new Db(dataSource);
        // another instance's relay holds the relay lock: the unpublished rows below stay unpublished meanwhile
        try (Connection relayElsewhere = dataSource.getConnection(); Statement lock = relayElsewhere.createStatement()) {
            lock.execute("select pg_advisory_lock(hashtext('carebridge-outbox-relay'))");
            try {
                trafficAndPurgeFor20Days(db);
            } finally {
                db.update("delete from outbox_event where topic = 'purge.test'");
                // a pooled connection: the lock would outlive the test and hold every later test's relay
                lock.execute("select pg_advisory_unlock(hashtext('carebridge-outbox-relay'))");
            }
        }
    }

    private void trafficAndPurgeFor20Days(Db db) {
        db.update("""
                insert into outbox_event (id, topic, event_key, event_type, envelope, created_at)
                select gen_random_uuid(), 'purge.test', 'k', 'test.unsent.v1', '{}', ? from generate_series(1, 3)""",
                DAY_0);
        for (int day = 0; day < 20; day++) {
            OffsetDateTime midnight = DAY_0.plusDays(day);
            db.update("""
                    insert into outbox_event (id, topic, event_key, event_type, envelope, created_at, published_at)
                    select gen_random_uuid(), 'purge.test', 'k', 'test.sent.v1', '{}',
                           ? + make_interval(secs => g), ? + make_interval(secs => g)
                    from generate_series(1, ?) g""", midnight, midnight, PER_DAY);
            db.update("""
                    insert into inbox_event (event_id, consumer, event_type, received_at)
                    select gen_random_uuid()::text, 'purge-test', 'test.sent.v1', ? + make_interval(secs => g)
                    from generate_series(1, ?) g""", midnight, PER_DAY);

            TestClock.set(midnight.plus(Duration.ofHours(23)).toInstant());
            purge.purge();

            assertEquals(PER_DAY * Math.min(day + 1, 7), db.count("""
                    select count(*) from outbox_event where topic = 'purge.test' and published_at is not null"""),
                    "published outbox rows on day " + day);
            assertEquals(3, db.count("""
                    select count(*) from outbox_event where topic = 'purge.test' and published_at is null"""),
                    "unpublished outbox rows on day " + day);
            assertEquals(PER_DAY * Math.min(day + 1, 14),
                    db.count("select count(*) from inbox_event where consumer = 'purge-test'"),
                    "inbox rows on day " + day);
        }
    }
}
