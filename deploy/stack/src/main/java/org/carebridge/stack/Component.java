package org.carebridge.stack;

/** One piece of the stack, started in order and stopped in reverse order by the supervisor. */
public interface Component {
    String name();

    /** Starts and blocks until ready; records its addresses and PIDs in {@code state}. */
    void start(StackState state);

    void stop();

    boolean healthy();

    /** Ends the process at once (SIGKILL), as a crash would; {@link #start} brings it back with its data. */
    default void kill() {
        throw new UnsupportedOperationException(name() + " cannot be killed by the supervisor");
    }

    /** Stops cleanly and starts again with the same data and port. */
    default void restart(StackState state) {
        stop();
        start(state);
    }
}
