package org.carebridge.cases.closure;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.support.CaseSettings;
import org.carebridge.platform.time.Clocks;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Retention: erases the personal data of cases closed longer than {@code carebridge.retention.period} ago.
 * Idempotent (an erased case is never selected again) and bounded per run; several instances may run it at once,
 * as the rows are locked and skipped when another instance holds them.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    static final int BATCH = 200;

    private final PersonalData personalData;
    private final Clock clock;
    private final Duration period;

    public RetentionJob(PersonalData personalData, Clock clock,
                        CaseSettings.Retention retention) {
        this.personalData = personalData;
        this.clock = clock;
        this.period = retention.period();
    }

    @Scheduled(every = "${carebridge.retention.check-interval:1h}", delayed = "${carebridge.retention.initial-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int erased;
        do {
            erased = run();
        } while (erased == BATCH);
    }

    /** @return how many cases this run erased (at most {@link #BATCH}) */
    @Transactional
    @ActivateRequestContext // the audit trail asks who acts: nobody, so the service itself
    public int run() {
        OffsetDateTime now = Clocks.now(clock);
        List<CareCase> due = CareCase.getEntityManager().createQuery(
                        "from CareCase where status = :closed and erasedAt is null and closedAt < :cutoff order by closedAt",
                        CareCase.class)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("cutoff", now.minus(period))
                .setMaxResults(BATCH)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
        int erased = 0;
        for (CareCase c : due) {
            if (personalData.erase(c, now, "system", "retention period " + period + " after closing")) {
                erased++;
            }
        }
        if (erased > 0) {
            LOG.infof("retention: erased the personal data of %d closed cases", erased);
        }
        return erased;
    }
}
