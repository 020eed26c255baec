package org.carebridge.network.catalogue;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lease each running CSV import holds on its row, so that several replicas, and a rolling update, can run
 * imports side by side: the replica running it ({@code running_on}) refreshes {@code heartbeat_at} while it runs, and
 * any replica fails an import whose heartbeat is older than the lease (its replica died or was killed). An import is
 * failed, not resumed: its rows were only ever in the memory of the replica that is gone. Times come from the
 * service's clock: replicas' clocks agree within milliseconds, the lease is minutes.
 */
@ApplicationScoped
public class ImportLeases {

    static final List<OfferImport.Status> RUNNING = List.of(OfferImport.Status.VALIDATING, OfferImport.Status.STORING);

    private final Clock clock;
    private final Duration lease;
    private final String replica;
    // the imports this replica runs now
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    public ImportLeases(Clock clock,
                        @ConfigProperty(name = "carebridge.catalogue.import.lease", defaultValue = "PT2M") Duration lease,
                        @ConfigProperty(name = "carebridge.replica-id") Optional<String> replica) {
        this.clock = clock;
        this.lease = lease;
        // the host (a pod's name) for people reading the table; the suffix tells a restarted process from its
        // predecessor on the same host
        this.replica = replica.orElseGet(() -> Optional.ofNullable(System.getenv("HOSTNAME")).orElse("replica")
                + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Who this replica is, in {@code running_on}. */
    public String replica() {
        return replica;
    }

    /** The import (written with this replica and a fresh heartbeat) runs here from now on. */
    void hold(UUID id) {
        held.add(id);
    }

    void release(UUID id) {
        held.remove(id);
    }

    boolean holds(UUID id) {
        return held.contains(id);
    }

    /** At start-up: what a replica that stopped (this one's predecessor, say) left running is failed. */
    void onStart(@Observes StartupEvent event) {
        report(failAbandoned());
    }

    @Scheduled(every = "${carebridge.catalogue.import.heartbeat-every:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        keepAlive();
        report(failAbandoned());
    }

    /** Refreshes the heartbeat of every import this replica runs; how many. */
    @Transactional
    public int keepAlive() {
        if (held.isEmpty()) {
            return 0;
        }
        return OfferImport.update("heartbeatAt = ?1 where id in ?2 and runningOn = ?3 and status in ?4",
                clock.instant(), List.copyOf(held), replica, RUNNING);
    }

    /**
     * Fails every import still running whose heartbeat is older than the lease, whichever replica ran it; how many.
     * Nothing of it was stored: storing is one transaction, which its replica's end rolled back. Should that replica
     * still be running it after all (stalled longer than the lease), it finds its lease gone at its next write and
     * stores nothing ({@link OfferImports}).
     */
    @Transactional
    public int failAbandoned() {
        return OfferImport.update("status = ?1, reason = ?2, finishedAt = ?3 where status in ?4 and heartbeatAt < ?5",
                OfferImport.Status.FAILED, "interrupted by a stop of the service; nothing was imported, "
                        + "please import the file again", clock.instant(), RUNNING, clock.instant().minus(lease));
    }

    private static void report(int failed) {
        if (failed > 0) {
            Log.warnf("%d offer import(s) were cut short by a stop of the service and are marked FAILED", failed);
        }
    }
}
