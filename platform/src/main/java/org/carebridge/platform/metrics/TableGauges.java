package org.carebridge.platform.metrics;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The one schedule that refreshes every {@link TableGauge} of the service, so a new table-read gauge is a bean and a
 * query, not another scheduled job. A gauge whose query fails keeps its last value and does not stop the others.
 */
@ApplicationScoped
public class TableGauges {

    private static final Logger LOG = Logger.getLogger(TableGauges.class);

    private final List<TableGauge> gauges;
    private final EntityManager em;

    public TableGauges(@All List<TableGauge> gauges, EntityManager em) {
        this.gauges = gauges;
        this.em = em;
    }

    @Scheduled(every = "${carebridge.metrics.refresh:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        for (TableGauge gauge : gauges) {
            try {
                QuarkusTransaction.requiringNew().run(() -> gauge.refresh(em));
            } catch (RuntimeException e) {
                LOG.warnf("could not refresh the gauge %s, it keeps its last value: %s",
                        gauge.getClass().getSimpleName(), e);
            }
        }
    }
}
