package org.carebridge.advisory.recorder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.advisory.referral.ReferralStatus;
import org.carebridge.advisory.referral.ReferralStep;
import org.carebridge.platform.metrics.GroupedCounts;
import org.carebridge.platform.metrics.TableGauge;

import java.util.List;

/**
 * How the advisory tier is doing, for the operator's dashboard: each step it took on referrals per region (counted
 * after the commit), its answer, the advice, counted as step ADVISED, and the referrals still open per region, read
 * from the table so every replica reports the same.
 */
@ApplicationScoped
public class ReferralMetrics implements TableGauge {

    /** The advice is no ReferralStep (it leaves as its own event), but it is the tier's main step on a referral. */
    static final String ADVISED = "ADVISED";

    private final MeterRegistry meters;
    private final GroupedCounts open;

    public ReferralMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.open = new GroupedCounts(meters, "carebridge.referrals.open",
                "referrals the advisory group has not answered yet, per region", "region");
    }

    void counted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralStep step) {
        count(step.kind().name(), step.referral().region);
    }

    void counted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Referral.Advised advice) {
        count(ADVISED, advice.referral().region);
    }

    private void count(String step, String region) {
        Counter.builder("carebridge.referral.steps").description("steps the advisory tier took on referrals")
                .tag("step", step).tag("region", region).register(meters).increment();
    }

    /** The open counts, on platform's gauge schedule (GaugeSchedule). */
    @Override
    public void refresh(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select region, count(*) from referral where status = :open group by region")
                .setParameter("open", ReferralStatus.OPEN.name())
                .getResultList();
        open.refresh(rows);
    }
}
