package org.carebridge.advisory.referral;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.platform.locking.SkipLocked;
import org.carebridge.platform.time.Clocks;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The advisory tier's persistence, like the bridge's BridgeWatch: an open referral whose due date is near or passed
 * reminds its owner, once; one past its due date climbs to the region's chair, once. Rows are taken with SKIP
 * LOCKED so several instances never double a step.
 */
@ApplicationScoped
public class ReferralWatch {

    private static final Logger LOG = Logger.getLogger(ReferralWatch.class);

    private final Clock clock;
    private final Event<ReferralStep> recorded;
    private final AdvisorySettings settings;

    public ReferralWatch(Clock clock, Event<ReferralStep> recorded, AdvisorySettings settings) {
        this.clock = clock;
        this.recorded = recorded;
        this.settings = settings;
    }

    @Scheduled(every = "${carebridge.advisory.sweep-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = sweep();
        if (result.reminded() + result.climbed() > 0) {
            LOG.infof("referral watch: %d reminded, %d climbed", result.reminded(), result.climbed());
        }
    }

    public record Result(int reminded, int climbed) {
    }

    /** One pass over every region, at the clock's now. */
    @Transactional
    @ActivateRequestContext // the Recorder's audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public Result sweep() {
        OffsetDateTime now = Clocks.now(clock);
        LocalDate today = now.toLocalDate();
        List<Referral> near = locked("status = ?1 and remindedAt is null and dueDate <= ?2", ReferralStatus.OPEN,
                today.plusDays(settings.remindDaysBefore()));
        for (Referral r : near) {
            recorded.fire(r.remind(now));
        }
        List<Referral> overdue = locked("status = ?1 and climbedAt is null and dueDate < ?2", ReferralStatus.OPEN,
                today);
        for (Referral r : overdue) {
            recorded.fire(r.climb(settings.chair().get(r.region), now));
        }
        return new Result(near.size(), overdue.size());
    }

    private static List<Referral> locked(String query, Object... params) {
        return SkipLocked.list(Referral.<Referral>find(query, params));
    }
}
