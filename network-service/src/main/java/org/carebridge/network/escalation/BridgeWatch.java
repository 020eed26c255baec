package org.carebridge.network.escalation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.network.region.RegionLead;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
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
    private final AuditTrail audit;
    private final Event<BridgeNotification> notify;
    private final Duration renotifyAfter;

    public BridgeWatch(Clock clock, AuditTrail audit, Event<BridgeNotification> notify,
                       @ConfigProperty(name = "carebridge.bridge.renotify-after", defaultValue = "PT24H")
                       Duration renotifyAfter) {
        this.clock = clock;
        this.audit = audit;
        this.notify = notify;
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
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public Result sweep() {
        OffsetDateTime now = Clocks.now(clock);
        LocalDate today = now.toLocalDate();
        List<Escalation> unclaimed = locked("status = ?1 and lastNotifiedAt <= ?2", EscalationStatus.NEW,
                now.minus(renotifyAfter));
        for (Escalation e : unclaimed) {
            e.renotified(now);
            BridgeStep.record(e.id, BridgeStep.Kind.RENOTIFIED, now, BridgeStep.SYSTEM);
            audit.record("RENOTIFY", EscalationService.OBJECT_TYPE, e.id, e.caseId,
                    "unclaimed since " + e.receivedAt + ", re-notification " + e.renotifications);
            notify.fire(new BridgeNotification(BridgeNotification.Kind.RENOTIFIED, e.region, null, e.id, e.caseId,
                    "still unclaimed: " + e.barrier + ", urgency " + e.urgency, now));
        }
        List<Escalation> overdue = locked("status in ?1 and dueDate < ?2 and climbedAt is null",
                EscalationStatus.OPEN, today);
        for (Escalation e : overdue) {
            e.climbed(RegionLead.of(e.region).orElse(null), now);
            BridgeStep.record(e.id, BridgeStep.Kind.CLIMBED, now, BridgeStep.SYSTEM);
            audit.record("CLIMB", EscalationService.OBJECT_TYPE, e.id, e.caseId, "due " + e.dueDate + ", climbed to "
                    + (e.climbedTo == null ? "the whole region (no lead coordinator set)" : e.climbedTo));
            // with no lead set, the whole region hears of it rather than nobody
            notify.fire(new BridgeNotification(BridgeNotification.Kind.CLIMBED, e.region, e.climbedTo, e.id, e.caseId,
                    "overdue since " + e.dueDate + ": " + e.barrier, now));
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
