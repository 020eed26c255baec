package org.carebridge.network.escalation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.network.region.RegionLead;
import org.carebridge.platform.locking.SkipLocked;
import org.carebridge.platform.time.Clocks;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The bridge's persistence, so it never becomes a talking shop: an escalation nobody claimed re-notifies the
 * region after a while, again and again; a claimed one left without a step re-notifies its owner; an open one past its due date climbs, once, to the region's lead
 * coordinator. Rows are taken with SKIP LOCKED so several instances never double a step.
 */
@ApplicationScoped
public class BridgeWatch {

    private static final Logger LOG = Logger.getLogger(BridgeWatch.class);

    private final Clock clock;
    private final Event<BridgeStep.Taken> recorded;
    private final BridgeSettings settings;

    public BridgeWatch(Clock clock, Event<BridgeStep.Taken> recorded, BridgeSettings settings) {
        this.clock = clock;
        this.recorded = recorded;
        this.settings = settings;
    }

    @Scheduled(every = "${carebridge.bridge.sweep-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = sweep();
        if (result.renotified() + result.ownersRenotified() + result.climbed() > 0) {
            LOG.infof("bridge watch: %d re-notified, %d owners re-notified, %d climbed", result.renotified(),
                    result.ownersRenotified(), result.climbed());
        }
    }

    public record Result(int renotified, int ownersRenotified, int climbed) {
    }

    /** One pass over every region, at the clock's now. */
    @Transactional
    @ActivateRequestContext // the Recorder's audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public Result sweep() {
        OffsetDateTime now = Clocks.now(clock);
        LocalDate today = now.toLocalDate();
        List<Escalation> unclaimed = locked("status = ?1 and lastNotifiedAt <= ?2", EscalationStatus.NEW,
                now.minus(settings.renotifyAfter()));
        for (Escalation e : unclaimed) {
            recorded.fire(BridgePersistence.renotified(e, now));
        }
        Duration quiet = settings.staleClaimedAfter();
        // any step (a note, a date, the re-notification itself) ends the quiet spell and restarts the clock
        List<Escalation> stale = locked("from Escalation e where e.status = ?1 and e.claimedAt <= ?2 and not exists "
                + "(select s.id from BridgeStep s where s.escalationId = e.id and s.at > ?2)",
                EscalationStatus.CLAIMED, now.minus(quiet));
        for (Escalation e : stale) {
            recorded.fire(BridgePersistence.ownerRenotified(e, quiet, now));
        }
        List<Escalation> overdue = locked("status in ?1 and dueDate < ?2 and climbedAt is null",
                EscalationStatus.OPEN, today);
        for (Escalation e : overdue) {
            // with no lead set, the whole region hears of it rather than nobody
            recorded.fire(BridgePersistence.climbed(e, RegionLead.of(e.region).orElse(null), now));
        }
        return new Result(unclaimed.size(), stale.size(), overdue.size());
    }

    private static List<Escalation> locked(String query, Object... params) {
        return SkipLocked.list(Escalation.<Escalation>find(query, params));
    }
}
