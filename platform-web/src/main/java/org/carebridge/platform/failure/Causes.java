package org.carebridge.platform.failure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Everything a failure carries: the failure itself, its causes and their suppressed exceptions, each once. The
 * suppressed ones matter: when the database goes away in a before-completion step (Hibernate's flush at commit),
 * the transaction manager's RollbackException carries the SQL error as suppressed, not as its cause; looking at
 * causes alone took a database restart for a permanent error (found by the fault test).
 */
public final class Causes {

    private Causes() {
    }

    /** @return the failure first, then what it carries, breadth first; empty for null */
    public static List<Throwable> of(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> waiting = new ArrayDeque<>();
        if (failure != null) {
            waiting.add(failure);
        }
        while (!waiting.isEmpty()) {
            Throwable t = waiting.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                waiting.add(t.getCause());
            }
            waiting.addAll(List.of(t.getSuppressed()));
        }
        return all;
    }
}
