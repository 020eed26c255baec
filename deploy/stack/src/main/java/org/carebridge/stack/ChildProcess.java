package org.carebridge.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * An OS process the stack owns: output goes to a log file (never the terminal), and stopping it stops its
 * whole tree, because launcher scripts such as kc.sh stay the parent of the real JVM.
 */
public final class ChildProcess {
    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
                                     Path log) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            Log.info("starting " + name + " (log " + log + ")");
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Polls {@code ready} until true; fails with the log file named when the process dies or time runs out. */
    public void awaitReady(Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " while starting; see " + log);
            }
            if (ready.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
            }
            Sleep.millis(300);
        }
    }

    /** Runs to completion (for one-shot tools such as Kafka's storage format); fails naming the log. */
    public void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + process.exitValue() + "; see " + log);
        }
    }

    /**
     * SIGTERM to the whole tree, then SIGKILL whatever is still alive after the grace period.
     *
     * @return whether the grace ran out and SIGKILL ended it: a stop that was a crash in the end
     */
    public boolean stop(Duration grace) {
        boolean killed = stopTree(process.toHandle(), grace, name);
        awaitExitNoticed();
        return killed;
    }

    /**
     * The operating system may report the process gone a moment before this JVM's {@link Process} learns it from its
     * reaper thread: wait for that too, so that {@link #alive()} is false once a stop or kill returned.
     */
    private void awaitExitNoticed() {
        try {
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL to the whole tree at once, as a crash or an OOM killer would; returns once all of it is gone. */
    public void kill() {
        List<ProcessHandle> tree = new ArrayList<>(process.toHandle().descendants().toList());
        tree.add(process.toHandle());
        Log.info("killing " + name + " (kill -9, pid " + process.pid() + ")");
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        awaitExitNoticed();
    }

    /** @return whether a process of the tree ignored SIGTERM for the whole grace period and was killed */
    public static boolean stopTree(ProcessHandle root, Duration grace, String name) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        if (tree.stream().noneMatch(ProcessHandle::isAlive)) {
            return false;
        }
        Log.info("stopping " + name + " (pid " + root.pid() + ")");
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Sleep.millis(100);
        }
        List<ProcessHandle> stubborn = tree.stream().filter(ProcessHandle::isAlive).toList();
        stubborn.forEach(p -> {
            Log.info(name + ": pid " + p.pid() + " ignored SIGTERM, killing it");
            dumpThreads(p);
            p.destroyForcibly();
        });
        return !stubborn.isEmpty();
    }

    /**
     * A JVM that is still stopping after the grace period prints its threads (SIGQUIT) into its log first: what it
     * was waiting for is otherwise lost with it.
     */
    private static void dumpThreads(ProcessHandle p) {
        if (!p.info().command().map(c -> c.endsWith("/java")).orElse(false)) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-QUIT", String.valueOf(p.pid())).start().waitFor(5, TimeUnit.SECONDS);
            Sleep.millis(1000); // the JVM writes the dump on its own signal thread
        } catch (IOException | RuntimeException e) {
            Log.info("no thread dump of pid " + p.pid() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The java binary this JVM runs on; children that are fine with Java 17 reuse it. */
    public static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
