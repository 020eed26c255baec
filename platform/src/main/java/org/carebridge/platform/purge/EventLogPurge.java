package org.carebridge.platform.purge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.carebridge.platform.time.Clocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Keeps the outbox and the inbox bounded: published outbox rows are only a copy of what is on Kafka, and an inbox
 * row only has to outlive every redelivery of its event (an uncommitted position, a broker's retention), so both are
 * deleted once older than their window, in batches of {@value #BATCH} rows, each its own short transaction. An
 * unpublished outbox row is never deleted, however old: it is an event not sent yet. Several replicas may purge at
 * once: each batch locks its rows and skips those another replica holds ({@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class EventLogPurge {

    private static final Logger LOG = Logger.getLogger(EventLogPurge.class);
    public static final int BATCH = 1000;

    private static final String PUBLISHED_OUTBOX_ROWS = """
            delete from outbox_event where id in (
                select id from outbox_event where published_at < ?1 order by published_at limit ?2
                for update skip locked)""";
    private static final String INBOX_ROWS = """
            delete from inbox_event where (event_id, consumer) in (
                select event_id, consumer from inbox_event where received_at < ?1 order by received_at limit ?2
                for update skip locked)""";

    /** How many rows one run deleted from each table. */
    public record Purged(long outbox, long inbox) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final Duration outboxWindow;
    private final Duration inboxWindow;

    public EventLogPurge(EntityManager em, Clock clock,
                         @ConfigProperty(name = "carebridge.purge.outbox-after") Duration outboxWindow,
                         @ConfigProperty(name = "carebridge.purge.inbox-after") Duration inboxWindow) {
        this.em = em;
        this.clock = clock;
        this.outboxWindow = outboxWindow;
        this.inboxWindow = inboxWindow;
    }

    @Scheduled(every = "${carebridge.purge.every}", delayed = "${carebridge.purge.initial-delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            Purged purged = purge();
            if (purged.outbox() + purged.inbox() > 0) {
                LOG.infof("purged %d published outbox rows and %d inbox rows", purged.outbox(), purged.inbox());
            }
        } catch (RuntimeException e) {
            // the database is away: the next run deletes what this one could not, and nothing waits on it
            LOG.warnf("outbox and inbox not purged this time: %s", e.toString());
        }
    }

    /** Deletes, batch after batch until one comes back short, every row past its window at the clock's now. */
    public Purged purge() {
        OffsetDateTime now = Clocks.now(clock);
        return new Purged(drain(PUBLISHED_OUTBOX_ROWS, now.minus(outboxWindow)),
                drain(INBOX_ROWS, now.minus(inboxWindow)));
    }

    private long drain(String deleteBatch, OffsetDateTime before) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(deleteBatch)
                    .setParameter(1, before).setParameter(2, BATCH).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
