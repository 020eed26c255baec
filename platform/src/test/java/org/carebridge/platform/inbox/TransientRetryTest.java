package org.carebridge.platform.inbox;

import org.carebridge.platform.events.PoisonEventException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientRetryTest {

    @Test
    void retriesAnUnreachableDatabaseUntilItAnswers() {
        AtomicInteger attempts = new AtomicInteger();
        new TransientRetry(Duration.ofSeconds(10)).run("test", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("wrapped", new SQLException("connection refused", "08001"));
            }
        });
        assertEquals(3, attempts.get());
    }

    @Test
    void aCommitCutOffByADatabaseRestartIsRetried() {
        // the shape a consumer meets when PostgreSQL goes away during the flush at commit: the SQL error is only
        // suppressed in the transaction manager's RollbackException, not its cause
        var rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new Throwable("setRollbackOnly called from:"));
        rollback.addSuppressed(new RuntimeException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(TransientRetry.isTransient(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void poisonAndBugsAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        PoisonEventException poison = new PoisonEventException("bad");
        assertSame(poison, assertThrows(PoisonEventException.class, () ->
                new TransientRetry(Duration.ofSeconds(10)).run("test", () -> {
                    attempts.incrementAndGet();
                    throw poison;
                })));
        assertEquals(1, attempts.get());
        assertFalse(TransientRetry.isTransient(new NullPointerException()));
        assertFalse(TransientRetry.isTransient(new RuntimeException(new SQLException("unique violation", "23505"))));
        assertTrue(TransientRetry.isTransient(new RuntimeException(new SQLException("deadlock", "40P01"))));
    }

    @Test
    void givesUpAfterItsPatience() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> new TransientRetry(Duration.ofMillis(500)).run("test", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException(new SQLException("connection refused", "08001"));
        }));
        assertTrue(attempts.get() >= 2 && attempts.get() <= 3, "attempts: " + attempts.get());
    }

    @Test
    void whileTheProcessStopsAFailureIsHeldForTheNextReplicaNeitherThrownNorTriedAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicBoolean stopping = new AtomicBoolean(true);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        // what a consumer meets in a rolling restart: Hibernate closed under it; thrown, the record is dead-lettered;
        // tried again, each try opens a transaction the stopping transaction manager waits for
        Thread consumer = new Thread(() -> {
            try {
                new TransientRetry(Duration.ofSeconds(10), stopping::get).run("test", () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("EntityManagerFactory is closed");
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        consumer.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (attempts.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        consumer.interrupt(); // the stopping worker pool interrupts its threads: the record stays held
        consumer.join(1_000);
        assertTrue(consumer.isAlive(), "held while the process stops, also when interrupted");
        assertNull(thrown.get(), "nothing thrown to the dead-letter handling while the process stops");
        assertEquals(1, attempts.get(), "not tried again while the process stops");

        stopping.set(false); // a new start in the same JVM (tests, dev mode) ends the hold
        consumer.join(5_000);
        assertFalse(consumer.isAlive());
        assertEquals("EntityManagerFactory is closed", thrown.get().getMessage());

        AtomicInteger running = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> new TransientRetry(Duration.ofSeconds(10), () -> false)
                .run("test", () -> {
                    running.incrementAndGet();
                    throw new IllegalStateException("EntityManagerFactory is closed");
                }));
        assertEquals(1, running.get(), "a running process throws it at once");
    }

    @Test
    void poisonIsThrownEvenWhileTheProcessStops() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(PoisonEventException.class, () -> new TransientRetry(Duration.ofSeconds(10), () -> true)
                .run("test", () -> {
                    attempts.incrementAndGet();
                    throw new PoisonEventException("bad");
                }));
        assertEquals(1, attempts.get());
    }
}
