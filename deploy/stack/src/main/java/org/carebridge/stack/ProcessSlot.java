package org.carebridge.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one child process a component runs at a time. Every child starts through {@link #launch}, so a shutdown that
 * arrives while the stack is still starting finds it, and refuses whatever the component would start next.
 */
final class ProcessSlot {
    private final Duration grace;
    private final int portToClose;
    private ChildProcess process;
    private boolean stopRequested;

    /** A stop gives the process {@code grace} to end after SIGTERM, then waits for nothing more. */
    ProcessSlot(Duration grace) {
        this(grace, 0);
    }

    /** A stop also waits (a while) for {@code portToClose} to close, so a restart can bind it again. */
    ProcessSlot(Duration grace, int portToClose) {
        this.grace = grace;
        this.portToClose = portToClose;
    }

    synchronized ChildProcess launch(String name, List<String> command, Map<String, String> env, Path workDir,
                                     Path log) {
        if (stopRequested) {
            throw new IllegalStateException("stack is shutting down");
        }
        process = ChildProcess.start(name, command, env, workDir, log);
        return process;
    }

    /** The process started last and not yet stopped, or null. */
    synchronized ChildProcess running() {
        return process;
    }

    /** SIGKILL now, as a crash would; the component may start again. */
    void kill() {
        ChildProcess running = take(false);
        if (running != null) {
            running.kill();
        }
    }

    /**
     * Stops the process cleanly; the component may start again (a restart).
     *
     * @return whether it did not end within the grace period and was killed
     */
    boolean stop() {
        return stop(take(false));
    }

    /** Stops the process cleanly and refuses any launch after this (the stack is shutting down). */
    void stopForGood() {
        stop(take(true));
    }

    private boolean stop(ChildProcess running) {
        if (running == null) {
            return false;
        }
        boolean killed = running.stop(grace);
        if (portToClose != 0) {
            Ports.awaitClosed(portToClose, Duration.ofSeconds(10));
        }
        return killed;
    }

    private synchronized ChildProcess take(boolean forGood) {
        stopRequested |= forGood;
        ChildProcess running = process;
        process = null;
        return running;
    }
}
