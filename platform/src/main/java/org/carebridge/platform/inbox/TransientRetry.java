package org.carebridge.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.carebridge.platform.events.PoisonEventException;
import org.carebridge.platform.failure.Causes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Retries a consumer's transaction while it fails for a reason that goes away by itself (database restarting,
 * deadlock, serialization conflict). Without it such an event would go straight to the dead-letter topic,
 * which is meant for events that can never be applied. Poison and other errors are rethrown at once.
 * <p>
 * The patience is long (10 minutes): the event is valid and the next one on the partition would fail the same
 * way, so a database that is down for minutes (a slow restart, an upgrade) must hold the stream, not fill the
 * dead-letter topic for an operator to replay. The Kafka connector closes a consumer whose oldest record waits
 * longer than its unprocessed-record limit; the platform's microprofile-config.properties raises that limit above
 * this patience.
 */
@ApplicationScoped
public class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private final Duration retryFor;
    private final BooleanSupplier stopping;

    @Inject
    public TransientRetry(@ConfigProperty(name = "carebridge.consumer.retry-for", defaultValue = "PT10M") Duration retryFor) {
        this(retryFor, Stopping::begun);
    }

    TransientRetry(Duration retryFor, BooleanSupplier stopping) {
        this.retryFor = retryFor;
        this.stopping = stopping;
    }

    public void run(String what, Runnable action) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                // while the process stops, every failure is the stopping (a closed database layer): held, not thrown
                if (stopping.getAsBoolean() && Causes.of(e).stream().noneMatch(PoisonEventException.class::isInstance)) {
                    holdWhileStopping(what, e);
                    throw e;
                }
                if (!isTransient(e) || System.nanoTime() + pause.toNanos() > deadline) {
                    throw e;
                }
                LOG.warnf("%s failed transiently, retrying in %d ms: %s", what, pause.toMillis(), e.getMessage());
                sleep(pause, false);
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Holds a record that failed because the process stops: never acked, so the replica that takes the partition
     * over applies it; never thrown, which would dead-letter it. Not tried again either: each try would open a
     * transaction, and the stopping transaction manager waits for every transaction to end, so a retrying worker
     * kept a SIGTERM from ever finishing (every rolling restart ended in SIGKILL). The process ends around this
     * thread; only a new start in the same JVM (tests, dev mode) ends the hold, and the failure is thrown to the old,
     * stopped application then.
     */
    private void holdWhileStopping(String what, RuntimeException failure) {
        LOG.warnf("%s failed while this process stops; held for the replica that takes the partition over: %s", what,
                failure.getMessage());
        while (stopping.getAsBoolean()) {
            sleep(FIRST_PAUSE, true);
        }
    }

    static boolean isTransient(Throwable failure) {
        List<Throwable> causes = Causes.of(failure);
        return causes.stream().noneMatch(PoisonEventException.class::isInstance)
                && causes.stream().anyMatch(TransientRetry::goesAwayByItself);
    }

    private static boolean goesAwayByItself(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof JDBCConnectionException || t instanceof LockAcquisitionException
                || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                || t instanceof OptimisticLockException) {
            return true;
        }
        // no state: the pool could not hand out a connection; 08 connection, 40 rollback (deadlock,
        // serialization), 53 insufficient resources, 57 operator intervention (server shutting down)
        return t instanceof SQLException sql && (sql.getSQLState() == null || sql.getSQLState().startsWith("08")
                || sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("53")
                || sql.getSQLState().startsWith("57"));
    }

    private static void sleep(Duration pause, boolean stopping) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            if (stopping) {
                return; // ending the record now would dead-letter it: keep holding it until the process is gone
            }
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
