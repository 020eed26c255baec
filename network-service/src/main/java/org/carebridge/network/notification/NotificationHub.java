package org.carebridge.network.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fans committed bridge notifications out to the coordinators and case workers listening on this replica: whatever
 * replica committed them, as the {@link NotificationListener} hears them from the database (so each listener gets each
 * one once, and only after the commit). A live stream is best effort: the inbox, alert list and escalation views stay
 * the record.
 */
@ApplicationScoped
public class NotificationHub {

    /**
     * What one listener may have waiting while its stream is still writing the previous event. A broadcast fails a
     * listener that has no outstanding request when an item comes (Mutiny's BackPressureFailure), which ended the
     * stream of whoever's connection was slow at that moment (a busy machine, a phone on a train); beyond this many
     * waiting, the listener is gone in all but name and its stream ends (EventSource connects again).
     */
    static final int WAITING_PER_LISTENER = 256;

    private final BroadcastProcessor<BridgeNotification> live = BroadcastProcessor.create();

    /** A notification some replica committed. Synchronized: a processor's onNext must be called serially. */
    synchronized void committed(BridgeNotification notification) {
        live.onNext(notification);
    }

    /**
     * What concerns a listener: what was addressed to them (a climb to the lead, a step on their case), and, for a
     * coordinator ({@code regionWide}), their region's news. A case worker never gets a region-wide notification: it
     * may be about a case they are not on.
     */
    public Multi<BridgeNotification> of(String region, String username, boolean regionWide) {
        return live.filter(n -> username.equals(n.recipient())
                        || regionWide && n.recipient() == null && region.equals(n.region()))
                .onOverflow().buffer(WAITING_PER_LISTENER);
    }
}
