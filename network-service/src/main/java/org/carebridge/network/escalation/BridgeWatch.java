package org.carebridge.network.escalation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.network.region.RegionLead;
import org.carebridge.platform.time.Clocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The bridge's persistence, so it never becomes a talking shop: an escalation nobody claimed re-notifies the
 * region after a while, again and again; an open one past its due date climbs, once, to the region's lead
 * coordinator. Rows are taken with SKIP LOCKED so several instances never double a step.
 */
@ApplicationScoped
public class BridgeWatch {

    private static final Logger LOG = Logger.getLogger(BridgeWatch.class);
    private static final Object SKIP_LOCKED = -2; // Hibernate's LockOptions.SKIP_LOCKED as a lock timeout hint

    private final Clock clock;
    private final Event<BridgeStep.Taken> recorded;
    private final Duration renotifyAfter;

    public BridgeWatch(Clock clock, Event<BridgeStep.Taken> recorded,
                       @ConfigProperty(name = "carebridge.bridge.renotify-after", defaultValue = "PT24H")
                       Duration renotifyAfter) {
        this.clock = clock;
        this.recorded = recorded;
        this.renotifyAfter = renotifyAfter;
    }

    @Scheduled(every = "${carebridge.bridge.sweep-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = sweep();
        if (result.renotified() + result.climbed() > 0) {
            LOG.infof("bridge watch: %d re-notified, %d climbed", result.renotified(), result.climbed());
        }
    }

    public record Result(int renotified, int climbed) {
    }

    /** One pass over every region, at the clock's now. */
    @Transactional
    @ActivateRequestContext // the Recorder's audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public Result sweep() {
        OffsetDateTime now = Clocks.now(clock);
        LocalDate today = now.toLocalDate();
        List<Escalation> unclaimed = locked("status = ?1 and lastNotifiedAt <= ?2", EscalationStatus.NEW,
                now.minus(renotifyAfter));
        for (Escalation e : unclaimed) {
            recorded.fire(e.renotified(now));
        }
        List<Escalation> overdue = locked("status in ?1 and dueDate < ?2 and climbedAt is null",
                EscalationStatus.OPEN, today);
        for (Escalation e : overdue) {
            // with no lead set, the whole region hears of it rather than nobody
            recorded.fire(e.climbed(RegionLead.of(e.region).orElse(null), now));
        }
        return new Result(unclaimed.size(), overdue.size());
    }

    private static List<Escalation> locked(String query, Object... params) {
        return Escalation.<Escalation>find(query, params)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .list();
    }
}
