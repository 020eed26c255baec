package org.carebridge.network.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Fans committed bridge notifications out to the coordinators listening on this instance. In memory on purpose:
 * a live stream is best effort (the inbox, alert list and escalation views stay the record), so a coordinator
 * connected to another instance of network-service sees the change there on the next read, not live.
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

    /** What concerns a coordinator: their region's news, and what was addressed to them (a climb to the lead). */
    public Multi<BridgeNotification> of(String region, String username) {
        return live.filter(n -> n.region().equals(region) && (n.recipient() == null || n.recipient().equals(username)));
    }
}
