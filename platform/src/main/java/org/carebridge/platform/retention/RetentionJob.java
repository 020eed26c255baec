package org.carebridge.platform.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.carebridge.platform.locking.SkipLocked;
import org.carebridge.platform.time.Clocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Runs every {@link RetentionRule} of the service on a schedule, {@value #BATCH} rows per transaction until a batch
 * comes back short. Idempotent (an erased row is never due again) and bounded per transaction; several instances may
 * run at once, as the rows are locked and skipped while another instance holds them.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    public static final int BATCH = 200;

    private final Iterable<? extends RetentionRule<?>> rules;
    private final Clock clock;
    private final Duration period;

    @Inject
    public RetentionJob(Instance<RetentionRule<?>> rules, Clock clock,
                        @ConfigProperty(name = "carebridge.retention.period", defaultValue = "P730D") Duration period) {
        this(rules::iterator, clock, period);
    }

    RetentionJob(Iterable<? extends RetentionRule<?>> rules, Clock clock, Duration period) {
        this.rules = rules;
        this.clock = clock;
        this.period = period;
    }

    @Scheduled(every = "${carebridge.retention.check-interval:1h}", delayed = "${carebridge.retention.initial-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        drain();
    }

    /** @return how many rows all rules erased, batch after batch until none is full */
    public int drain() {
        int total = 0;
        for (RetentionRule<?> rule : rules) {
            int erased;
            do {
                erased = run(rule);
                total += erased;
            } while (erased == BATCH);
        }
        return total;
    }

    /** @return how many rows this batch of the rule erased (at most {@link #BATCH}) */
    @Transactional
    @ActivateRequestContext // the audit trail asks who acts: nobody, so the service itself
    public <T> int run(RetentionRule<T> rule) {
        OffsetDateTime now = Clocks.now(clock);
        int erased = 0;
        for (T row : lockedBatch(rule.due(now.minus(period)))) {
            if (rule.erase(row, now, period)) {
                erased++;
            }
        }
        if (erased > 0) {
            LOG.infof("retention: %d %s", erased, rule.erased());
        }
        return erased;
    }

    private static <T> List<T> lockedBatch(TypedQuery<T> due) {
        return SkipLocked.list(due.setMaxResults(BATCH));
    }
}
