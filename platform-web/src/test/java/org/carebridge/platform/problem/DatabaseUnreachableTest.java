package org.carebridge.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL restarting is a 503 the client may retry, not a 500 (found by the fault test). */
class DatabaseUnreachableTest {

    @Test
    void aLostOrRefusedConnectionIsUnavailableNotAnError() {
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException("commit failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(ProblemMappers.databaseUnreachable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(ProblemMappers.databaseUnreachable(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void aCommitThatFailedBecauseTheDatabaseWentAwayInABeforeCompletionObserverIsUnavailable() {
        // the shape the fault test met: the transaction manager's RollbackException carries the SQL error as suppressed
        var rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new Throwable("setRollbackOnly called from:"));
        rollback.addSuppressed(new RuntimeException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException("Error invoking subclass method", rollback)));
        assertEquals(503, new ProblemMappers().unexpected(new RuntimeException(rollback)).getStatus());
    }

    @Test
    void aUniqueViolationAtCommitIsAConflict() {
        var rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505")));
        assertEquals(409, new ProblemMappers().unexpected(new RuntimeException(rollback)).getStatus());
    }

    @Test
    void theAnswerIsA503WithRetryAfter() {
        var response = new ProblemMappers().unexpected(new IllegalStateException(new SQLException("refused", "08001")));
        assertEquals(503, response.getStatus());
        assertEquals(String.valueOf(ProblemMappers.RETRY_AFTER_SECONDS), response.getHeaderString("Retry-After"));
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertFalse(ProblemMappers.databaseUnreachable(new RuntimeException(new SQLException("duplicate", "23505"))));
        assertFalse(ProblemMappers.databaseUnreachable(new RuntimeException(new SQLException("no state"))));
        assertFalse(ProblemMappers.databaseUnreachable(new IllegalStateException("no cause")));
    }
}
