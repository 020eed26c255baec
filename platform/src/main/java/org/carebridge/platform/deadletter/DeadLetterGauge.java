package org.carebridge.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.metrics.ScheduledGauge;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What an operator must hear of at once: events this service could never apply. The gauge is the number of records
 * on the service's dead-letter topic (the topic is the record of what failed, see {@link DeadLetterTopic}), read from
 * the broker's offsets on platform's gauge schedule ({@link org.carebridge.platform.metrics.GaugeSchedule}); a rise
 * is a new dead letter (the alert rule watches the rise, as the topic keeps them for its retention). Every replica
 * reports the same figure.
 */
@ApplicationScoped
public class DeadLetterGauge implements ScheduledGauge {

    private static final Logger LOG = Logger.getLogger(DeadLetterGauge.class);

    private final DeadLetterTopic topic;
    private final AtomicLong kept = new AtomicLong();

    public DeadLetterGauge(DeadLetterTopic topic, MeterRegistry meters) {
        this.topic = topic;
        Gauge.builder("carebridge.dead.letters", kept, AtomicLong::get).tag("topic", topic.name())
                .description("records on this service's dead-letter topic (events it could never apply)")
                .register(meters);
    }

    @Override
    public void refresh() {
        try {
            kept.set(topic.size());
        } catch (RuntimeException e) {
            // the broker is away: the gauge keeps its last value, the consumer-lag and health checks tell the rest
            // (debug, not the schedule's warning, which would repeat every run for as long as the broker is away)
            LOG.debugf("dead-letter count of %s not read now: %s", topic.name(), e);
        }
    }
}
