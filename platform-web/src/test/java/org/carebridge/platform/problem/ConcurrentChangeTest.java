package org.carebridge.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two concurrent changes of one row: the loser's failure is a 409, found under the transaction's wrapping. */
class ConcurrentChangeTest {

    @Test
    void aDuplicateKeyDeepInTheCauseChainIsAConflict() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(ProblemMappers.concurrentChange(new RuntimeException("commit failed",
                new IllegalStateException("rolled back", duplicate))));
    }

    @Test
    void aDeadlockOrSerialisationFailureIsAConflictToo() {
        // two saves of the same user's email preferences at once deadlocked and answered 500 (proof campaign)
        assertTrue(ProblemMappers.concurrentChange(new RuntimeException("batch failed",
                new SQLException("deadlock detected", "40P01"))));
        assertTrue(ProblemMappers.concurrentChange(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void otherDatabaseErrorsStayUnexpected() {
        assertFalse(ProblemMappers.concurrentChange(new RuntimeException(new SQLException("invalid byte", "22021"))));
        assertFalse(ProblemMappers.concurrentChange(new IllegalStateException("no cause")));
    }
}
