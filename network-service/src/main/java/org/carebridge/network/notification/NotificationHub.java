package org.carebridge.network.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Fans committed bridge notifications out to the coordinators and case workers listening on this instance. In memory
 * on purpose: a live stream is best effort (the inbox, alert list and escalation views stay the record), so a
 * listener connected to another instance of network-service sees the change there on the next read, not live.
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

    /**
     * Only after the commit: nobody is told about a change that was rolled back. Synchronized because consumers
     * and requests commit on several threads, and a processor's onNext must be called serially.
     */
    synchronized void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BridgeNotification notification) {
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
