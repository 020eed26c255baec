package org.carebridge.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two concurrent creations of one row: the loser's commit failure is a 409, found under the transaction's wrapping. */
class UniqueViolationTest {

    @Test
    void aDuplicateKeyDeepInTheCauseChainIsAConflict() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(ProblemMappers.uniqueViolation(new RuntimeException("commit failed",
                new IllegalStateException("rolled back", duplicate))));
    }

    @Test
    void otherDatabaseErrorsStayUnexpected() {
        assertFalse(ProblemMappers.uniqueViolation(new RuntimeException(new SQLException("invalid byte", "22021"))));
        assertFalse(ProblemMappers.uniqueViolation(new IllegalStateException("no cause")));
    }
}
