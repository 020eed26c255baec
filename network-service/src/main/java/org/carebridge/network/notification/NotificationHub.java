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
                || regionWide && n.recipient() == null && n.region().equals(region));
    }
}
