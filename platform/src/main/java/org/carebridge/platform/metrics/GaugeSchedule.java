package org.carebridge.platform.metrics;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The one schedule that refreshes every gauge read on a schedule, so a new one is a bean, not another scheduled job:
 * each {@link TableGauge} in a short transaction of its own, then each {@link ScheduledGauge} (the broker's figures)
 * without one. Table gauges go first: a slow broker delays the next run, never this one's table figures. A gauge
 * whose read fails keeps its last value and does not stop the others.
 */
@ApplicationScoped
public class GaugeSchedule {

    private static final Logger LOG = Logger.getLogger(GaugeSchedule.class);

    private final List<TableGauge> tableGauges;
    private final List<ScheduledGauge> otherGauges;
    private final EntityManager em;

    public GaugeSchedule(@All List<TableGauge> tableGauges, @All List<ScheduledGauge> otherGauges, EntityManager em) {
        this.tableGauges = tableGauges;
        this.otherGauges = otherGauges;
        this.em = em;
    }

    @Scheduled(every = "${carebridge.metrics.refresh:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        tableGauges.forEach(gauge ->
                refreshing(gauge, () -> QuarkusTransaction.requiringNew().run(() -> gauge.refresh(em))));
        otherGauges.forEach(gauge -> refreshing(gauge, gauge::refresh));
    }

    private static void refreshing(Object gauge, Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            LOG.warnf("could not refresh the gauge %s, it keeps its last value: %s",
                    gauge.getClass().getSimpleName(), e);
        }
    }
}
