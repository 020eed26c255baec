package org.carebridge.network.erasure;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.EscalationStatus;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Retention in the bridge: blanks the free text of escalations that ended (resolved, or withdrawn by the team)
 * longer than {@code carebridge.retention.period} ago, as {@link FreeText} does for an erased case. Idempotent (a
 * blanked escalation is never selected again) and bounded per run; instances running it at once skip each other's
 * locked rows. Like case-service's job of the same name.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    static final int BATCH = 200;

    private final FreeText freeText;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration period;

    public RetentionJob(FreeText freeText, AuditTrail audit, Clock clock,
                        @ConfigProperty(name = "carebridge.retention.period", defaultValue = "P730D") Duration period) {
        this.freeText = freeText;
        this.audit = audit;
        this.clock = clock;
        this.period = period;
    }

    @Scheduled(every = "${carebridge.retention.check-interval:1h}", delayed = "${carebridge.retention.initial-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int blanked;
        do {
            blanked = run();
        } while (blanked == BATCH);
    }

    /** @return how many escalations this run blanked (at most {@link #BATCH}) */
    @Transactional
    @ActivateRequestContext // the audit trail asks who acts: nobody, so the service itself
    public int run() {
        OffsetDateTime now = Clocks.now(clock);
        OffsetDateTime cutoff = now.minus(period);
        List<Escalation> due = Escalation.getEntityManager().createQuery("""
                        from Escalation where textsErasedAt is null
                        and ((status = :resolved and resolvedAt < :cutoff) or (status = :withdrawn and withdrawnAt < :cutoff))
                        order by id""", Escalation.class)
                .setParameter("resolved", EscalationStatus.RESOLVED).setParameter("withdrawn", EscalationStatus.WITHDRAWN)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
        int blanked = 0;
        for (Escalation e : due) {
            if (freeText.blank(e, now)) {
                audit.record("TEXT_ERASED", "escalation", e.id, e.caseId,
                        "retention period " + period + " after it ended (" + e.status + ")");
                blanked++;
            }
        }
        if (blanked > 0) {
            LOG.infof("retention: blanked the free text of %d ended escalations", blanked);
        }
        return blanked;
    }
}
