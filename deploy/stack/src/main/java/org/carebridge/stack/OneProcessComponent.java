package org.carebridge.stack;

/**
 * A component that is one child process at a time (Kafka, a service): a crash is a kill of that process, a restart
 * stops it and starts again, a stop ends it for good. Keycloak is not one: it starts helper processes first.
 */
interface OneProcessComponent extends Component {
    ProcessSlot process();

    @Override
    default void kill() {
        process().kill();
    }

    @Override
    default void restart(StackState state) {
        restartTimed(state);
    }

    /**
     * Restarts, and says how long the stop and the start took (a slow restart is one or the other), and whether the stop
     * ended in SIGKILL ({@link SupervisorControl#KILLED_AFTER_GRACE}): then it was no clean stop but a crash after a wait.
     */
    default String restartTimed(StackState state) {
        long t0 = System.nanoTime();
        boolean killed = process().stop();
        String stopped = "stopped in " + Log.seconds(t0) + (killed ? " " + SupervisorControl.KILLED_AFTER_GRACE : "");
        long t1 = System.nanoTime();
        start(state);
        return stopped + ", ready in " + Log.seconds(t1);
    }

    @Override
    default void stop() {
        process().stopForGood();
    }
}
