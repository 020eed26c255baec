package org.carebridge.stack;

/** One piece of the stack, started in order and stopped in reverse order by the supervisor. */
public interface Component {
    String name();

    /** Starts and blocks until ready; records its addresses and PIDs in {@code state}. */
    void start(StackState state);

    void stop();

    boolean healthy();
}
