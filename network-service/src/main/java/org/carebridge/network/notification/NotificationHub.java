package org.carebridge.network.notification;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;

/**
 * Fans committed bridge notifications out to the coordinators and case workers listening on this replica: whatever
 * replica committed them, as the {@link NotificationListener} hears them from the database (so each listener gets each
 * one once, and only after the commit). A live stream is best effort: the inbox, alert list and escalation views stay
 * the record.
 * <p>
 * The heartbeat is the hub's too, one tick for every listener, so that stopping ({@link #close}) ends every stream
 * at once: a stream never ends by itself, and a replica stopping on SIGTERM waited its whole shutdown timeout for
 * them (20 s of a rolling restart, and a SIGKILL whenever a stop ran longer than the supervisor's grace).
 */
@ApplicationScoped
public class NotificationHub {

    /** Often enough that proxies and load balancers keep a quiet stream open (they cut idle ones at 30-60 s). */
    static final Duration HEARTBEAT = Duration.ofSeconds(20);

    /**
     * What one listener may have waiting while its stream is still writing the previous event. A broadcast fails a
     * listener that has no outstanding request when an item comes (Mutiny's BackPressureFailure), which ended the
     * stream of whoever's connection was slow at that moment (a busy machine, a phone on a train); beyond this many
     * waiting, the listener is gone in all but name and its stream ends (EventSource connects again).
     */
    static final int WAITING_PER_LISTENER = 256;

    private final BroadcastProcessor<BridgeNotification> live = BroadcastProcessor.create();
    private final BroadcastProcessor<Long> beats = BroadcastProcessor.create();
    private final Duration heartbeat;
    private Cancellable ticking;
    private boolean closed;

    public NotificationHub() {
        this(HEARTBEAT);
    }

    NotificationHub(Duration heartbeat) {
        this.heartbeat = heartbeat; // no ticking yet: CDI's client proxy runs this constructor too
    }

    /** A notification some replica committed. Synchronized: a processor's onNext must be called serially. */
    synchronized void committed(BridgeNotification notification) {
        if (!closed) {
            live.onNext(notification);
        }
    }

    private synchronized void beat(long tick) {
        if (!closed) {
            beats.onNext(tick);
        }
    }

    /**
     * What concerns a listener: what was addressed to them (a climb to the lead, a step on their case), and, for a
     * coordinator ({@code regionWide}), their region's news. A case worker never gets a region-wide notification: it
     * may be about a case they are not on. Ends when the hub closes.
     */
    public Multi<BridgeNotification> of(String region, String username, boolean regionWide) {
        return live.filter(n -> username.equals(n.recipient())
                        || regionWide && n.recipient() == null && region.equals(n.region()))
                .onOverflow().buffer(WAITING_PER_LISTENER);
    }

    /**
     * The heartbeat, ticking from the first listener on; a tick a listener cannot take yet (still writing) is
     * skipped. Ends when the hub closes.
     */
    public synchronized Multi<Long> heartbeats() {
        if (ticking == null && !closed) {
            ticking = Multi.createFrom().ticks().every(heartbeat).subscribe().with(this::beat);
        }
        return beats.onOverflow().drop();
    }

    /** Whether new listeners are taken: not once the replica is stopping. */
    public synchronized boolean open() {
        return !closed;
    }

    /**
     * Ends every stream: at the start of a stop (quarkus.shutdown.delay-enabled), while requests are still served,
     * so that the shutdown's wait for requests in flight no longer waits for streams that never end. Each listener
     * connects again (the gateway's relay to another replica).
     */
    synchronized void close(@Observes ShutdownDelayInitiatedEvent stopping) {
        close();
    }

    @PreDestroy
    synchronized void close() {
        if (!closed) {
            closed = true;
            if (ticking != null) {
                ticking.cancel();
            }
            live.onComplete();
            beats.onComplete();
        }
    }
}
