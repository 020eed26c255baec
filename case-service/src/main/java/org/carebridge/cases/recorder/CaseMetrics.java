package org.carebridge.cases.recorder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.carebridge.cases.escalation.Escalation;

/**
 * How often teams get stuck, for the operator's dashboard: escalations raised per region, counted after the commit (a
 * rolled-back escalation was never raised). Alerts are counted by the scan that raised them (AlertScan). Tags are
 * categories only, never a case.
 */
@ApplicationScoped
public class CaseMetrics {

    private final MeterRegistry meters;

    public CaseMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void raised(@Observes(during = TransactionPhase.AFTER_SUCCESS) Escalation.Raised raised) {
        Counter.builder("carebridge.escalations.raised").description("escalations raised by case teams")
                .tag("region", raised.careCase().region).register(meters).increment();
    }

    /** An alert of this kind was raised and committed. */
    public void alertRaised(String kind) {
        Counter.builder("carebridge.alerts.raised").description("alerts raised by the scan, per kind")
                .tag("kind", kind).register(meters).increment();
    }
}
