package org.carebridge.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.carebridge.platform.metrics.TableGauge;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What an operator watches first when events seem slow or stuck: how many outbox rows wait for the broker, and how
 * old the oldest is (a relay that cannot reach Kafka shows as a growing age long before anyone misses an event).
 * Read from the table on platform's gauge schedule ({@link org.carebridge.platform.metrics.GaugeSchedule}).
 */
@ApplicationScoped
public class OutboxGauges implements TableGauge {

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    public OutboxGauges(MeterRegistry meters) {
        Gauge.builder("carebridge.outbox.backlog", backlog, AtomicLong::get)
                .description("outbox rows not yet acknowledged by the broker").register(meters);
        Gauge.builder("carebridge.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("age of the oldest outbox row not yet acknowledged by the broker (0: none)")
                .register(meters);
    }

    @Override
    public void refresh(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                from outbox_event where published_at is null""").getSingleResult();
        backlog.set(((Number) row[0]).longValue());
        oldestAgeSeconds.set(((Number) row[1]).longValue());
    }
}
