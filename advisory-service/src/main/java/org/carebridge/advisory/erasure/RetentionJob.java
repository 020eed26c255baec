package org.carebridge.advisory.erasure;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.advisory.referral.ReferralStatus;
import org.carebridge.platform.time.Clocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Retention: blanks the free text of referrals whose advice was given longer than
 * {@code carebridge.retention.period} ago (a referral ends with its advice), through the same {@link FreeText}
 * as an erasure. Idempotent (a blanked referral is never selected again) and bounded per run; several instances
 * may run it at once, as the rows are locked and skipped when another instance holds them.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    static final int BATCH = 200;

    private final EntityManager em;
    private final FreeText freeText;
    private final Clock clock;
    private final Duration period;

    public RetentionJob(EntityManager em, FreeText freeText, Clock clock,
                        @ConfigProperty(name = "carebridge.retention.period", defaultValue = "P730D") Duration period) {
        this.em = em;
        this.freeText = freeText;
        this.clock = clock;
        this.period = period;
    }

    @Scheduled(every = "${carebridge.retention.check-interval:1h}", delayed = "${carebridge.retention.initial-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int blanked;
        do {
            blanked = run();
        } while (blanked == BATCH);
    }

    /** @return how many referrals this run blanked (at most {@link #BATCH}) */
    @Transactional
    @ActivateRequestContext // the audit trail asks who acts: nobody, so the service itself
    public int run() {
        OffsetDateTime now = Clocks.now(clock);
        List<Referral> due = em.createQuery("""
                        from Referral r where r.erasedAt is null and r.status = :advised and exists (
                        select 1 from Advice a where a.referralId = r.id and a.givenAt < :cutoff) order by r.id""",
                        Referral.class)
                .setParameter("advised", ReferralStatus.ADVISED).setParameter("cutoff", now.minus(period))
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
        int blanked = 0;
        for (Referral r : due) {
            if (freeText.blank(r, now, "retention period of " + period.toDays() + " days after the advice")) {
                blanked++;
            }
        }
        if (blanked > 0) {
            LOG.infof("retention: blanked the free text of %d advised referrals", blanked);
        }
        return blanked;
    }
}
