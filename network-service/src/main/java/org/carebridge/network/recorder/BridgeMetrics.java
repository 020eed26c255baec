package org.carebridge.network.recorder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.carebridge.network.escalation.BridgeStep;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.EscalationStatus;
import org.carebridge.platform.metrics.GroupedCounts;
import org.carebridge.platform.metrics.TableGauge;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How the network is doing, for the operator's dashboard: each step the bridge took per region, how long an
 * escalation waited to be claimed and to be resolved, and how many are open per region and status. Steps are counted
 * after their commit (a rolled-back claim did not happen); the open counts are read from the table, so every replica
 * reports the same figures. Tags are the region and the step kind: ids and categories only, never a case.
 */
@ApplicationScoped
public class BridgeMetrics implements TableGauge {

    private static final Duration SHORTEST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofDays(60);

    private final MeterRegistry meters;
    private final GroupedCounts open;

    public BridgeMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.open = new GroupedCounts(meters, "carebridge.escalations.open",
                "escalations still with the bridge, per region and status", "region", "status");
    }

    void counted(@Observes(during = TransactionPhase.AFTER_SUCCESS) BridgeStep.Taken step) {
        Escalation e = step.escalation();
        Counter.builder("carebridge.bridge.steps").description("steps the bridge took on escalations")
                .tag("step", step.kind().name()).tag("region", e.region).register(meters).increment();
        switch (step.kind()) {
            case CLAIMED -> waited("carebridge.escalation.time.to.claim", "from arrival at the bridge to the claim",
                    e, step.at());
            case RESOLVED -> waited("carebridge.escalation.time.to.resolution",
                    "from arrival at the bridge to the resolution", e, step.at());
            default -> {
            }
        }
    }

    private void waited(String name, String description, Escalation e, OffsetDateTime at) {
        if (e.receivedAt == null || at.isBefore(e.receivedAt)) {
            return;
        }
        Timer.builder(name).description(description).tag("region", e.region)
                .publishPercentileHistogram().minimumExpectedValue(SHORTEST).maximumExpectedValue(LONGEST)
                .register(meters).record(Duration.between(e.receivedAt, at));
    }

    /** The open counts, on platform's gauge schedule (GaugeSchedule). */
    @Override
    public void refresh(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select region, status, count(*) from escalation where status in (:open) group by region, status""")
                .setParameter("open", EscalationStatus.OPEN.stream().map(Enum::name).toList())
                .getResultList();
        open.refresh(rows);
    }
}
