package org.carebridge.network.escalation;

import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.platform.problem.ProblemException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The steps that keep an escalation from being forgotten (what {@code persistence} shows): its region or owner
 * re-notified while it sits, the climb to the region's lead when overdue, and the lead's reassignment after it.
 * They are the escalation's transitions like those in {@link Escalation}, kept apart so that each class fits on a
 * screen; they check where it stands the same way and return the step for the Recorder.
 */
public final class BridgePersistence {

    private BridgePersistence() {
    }

    /**
     * A notification's summary: codes and dates only, no words, because the mail around it is written in each
     * recipient's language (notification.MailTexts says what happened; this says about what).
     */
    public static String categories(Object... values) {
        return java.util.Arrays.stream(values).map(String::valueOf).collect(java.util.stream.Collectors.joining(" · "));
    }

    /** Still unclaimed: its region hears of it again. 409 once someone claimed it (or it ended). */
    public static BridgeStep.Taken renotified(Escalation e, OffsetDateTime at) {
        if (e.status != EscalationStatus.NEW) {
            throw ProblemException.conflict("escalation is " + e.status + "; only a NEW escalation is re-notified");
        }
        e.lastNotifiedAt = at;
        e.renotifications++;
        return BridgeStep.Taken.of(e, BridgeStep.Kind.RENOTIFIED, BridgeStep.SYSTEM, at)
                .detail("unclaimed since " + e.receivedAt + ", re-notification " + e.renotifications)
                .telling(BridgeNotification.Kind.RENOTIFIED, null, categories(e.barrier, e.urgency));
    }

    /**
     * Claimed, and no step for {@code quietFor}: its owner hears of it again (the watch finds it; this step restarts
     * the quiet spell, so one re-notification per spell). 409 unless CLAIMED.
     */
    public static BridgeStep.Taken ownerRenotified(Escalation e, Duration quietFor, OffsetDateTime at) {
        if (e.status != EscalationStatus.CLAIMED) {
            throw ProblemException.conflict("escalation is " + e.status
                    + "; only a CLAIMED one re-notifies its owner");
        }
        e.lastNotifiedAt = at;
        e.renotifications++;
        return BridgeStep.Taken.of(e, BridgeStep.Kind.RENOTIFIED, BridgeStep.SYSTEM, at)
                .detail("claimed by " + e.owner + ", no step for " + quietFor + ", re-notification "
                        + e.renotifications)
                .telling(BridgeNotification.Kind.RENOTIFIED, e.owner, categories(e.barrier, e.dueDate));
    }

    /**
     * Overdue and still open: it climbs to the region's lead coordinator ({@code to}; null when none is set, then
     * the whole region hears of it), once. 409 when it ended or climbed already.
     */
    public static BridgeStep.Taken climbed(Escalation e, String to, OffsetDateTime at) {
        e.requireOpen();
        if (e.climbedAt != null) {
            throw ProblemException.conflict("escalation climbed already, at " + e.climbedAt);
        }
        e.climbedAt = at;
        e.climbedTo = to;
        return BridgeStep.Taken.of(e, BridgeStep.Kind.CLIMBED, BridgeStep.SYSTEM, at)
                .detail("due " + e.dueDate + ", climbed to "
                        + (to == null ? "the whole region (no lead coordinator set)" : to))
                .telling(BridgeNotification.Kind.CLIMBED, to, categories(e.barrier, e.dueDate));
    }

    /**
     * After its climb, the region's lead coordinator ({@code lead}, null when none is set) gives the open escalation
     * to {@code to}, a coordinator of its region as {@code coordinatorOfRegion} says (else 400 on {@code owner});
     * a NEW one becomes CLAIMED. The reason is kept as the lead's note. 403 for anyone but the lead, 409 before the
     * climb or once closed; empty when {@code to} owns it already (a retried request).
     */
    public static Optional<BridgeStep.Taken> reassign(Escalation e, String to, String reason, String by,
                                                      String lead, Predicate<String> coordinatorOfRegion,
                                                      OffsetDateTime at) {
        if (lead == null || !lead.equals(by)) {
            throw ProblemException.forbidden("only the lead coordinator of region " + e.region + " may reassign");
        }
        e.requireOpen();
        if (e.climbedAt == null) {
            throw ProblemException.conflict("escalation has not climbed; only its owner acts on it until it does");
        }
        if (e.ownedBy(to)) {
            return Optional.empty();
        }
        if (!coordinatorOfRegion.test(to)) {
            throw ProblemException.badField("owner", "must be an enabled bridge coordinator of region " + e.region);
        }
        String from = e.owner;
        e.owner = to;
        if (e.status == EscalationStatus.NEW) {
            e.status = EscalationStatus.CLAIMED;
            e.claimedAt = at;
        }
        EscalationNote note = EscalationNote.written(e.id, reason, false, by, at);
        return Optional.of(BridgeStep.Taken.of(e, BridgeStep.Kind.REASSIGNED, by, at).making(note)
                .detail("from " + (from == null ? "nobody" : from) + " to " + to + ", reason in note " + note.id)
                .telling(BridgeNotification.Kind.REASSIGNED, to, "reassigned to you by " + by + ": " + e.barrier));
    }
}
