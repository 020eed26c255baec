package org.carebridge.platform.failure;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CausesTest {

    @Test
    void findsTheSqlErrorARollbackCarriesAsSuppressed() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new Throwable("setRollbackOnly called from:"));
        rollback.addSuppressed(new RuntimeException("could not execute statement", lost));
        RuntimeException thrown = new RuntimeException("Error invoking subclass method", rollback);

        List<Throwable> causes = Causes.of(thrown);

        assertEquals(thrown, causes.get(0));
        assertTrue(causes.contains(lost), () -> "causes: " + causes);
        assertEquals(5, causes.size(), () -> "each once: " + causes);
    }

    @Test
    void aCycleEndsAndNullIsNothing() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        a.addSuppressed(b);
        assertEquals(List.of(a, b), Causes.of(a));
        assertTrue(Causes.of(null).isEmpty());
    }
}
