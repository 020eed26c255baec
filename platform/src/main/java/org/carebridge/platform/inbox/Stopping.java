package org.carebridge.platform.inbox;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether this process has begun to stop (SIGTERM in a rolling restart, or any other stop). From then on the
 * database layer closes under the consumers, and a record failing for that reason is no poison: it belongs to the
 * replica that takes the partition over. {@link TransientRetry} holds such a record instead of letting the
 * connector dead-letter it; the process ends first, the record's position stays uncommitted, and it is delivered
 * again (the inbox makes that harmless).
 */
@ApplicationScoped
public class Stopping {

    private static volatile boolean observed;

    public static boolean begun() {
        return observed || ApplicationLifecycleManager.isVmShuttingDown();
    }

    void started(@Observes StartupEvent event) {
        observed = false;
    }

    void stopping(@Observes ShutdownEvent event) {
        observed = true;
    }
}
