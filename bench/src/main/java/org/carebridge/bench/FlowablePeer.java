package org.carebridge.bench;

import org.carebridge.stack.ChildProcess;
import org.carebridge.stack.StackState;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Flowable CMMN peer (module bench/flowable-peer) as a process of its own beside the Carebridge under test: a
 * fresh database on the same PostgreSQL, the same JVM options as the services, the realm's tokens.
 */
final class FlowablePeer implements AutoCloseable {
    static final int PORT = 8099;
    static final String DATABASE = "carebridge_peer";

    private final Process process;
    private final double startSeconds;

    private FlowablePeer(Process process, double startSeconds) {
        this.process = process;
        this.startSeconds = startSeconds;
    }

    /** @param target the module's build directory (bench/flowable-peer/target): its classes and peer.classpath */
    static FlowablePeer start(RunningSystem system, Path target, Path log) throws Exception {
        String jdbcBase = system.state().require(StackState.JDBC_BASE);
        try (Connection c = system.database("case"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.currentJava()));
        command.addAll(List.of(serviceJavaOptions().trim().split("\\s+")));
        String classpath = target.resolve("classes") + java.io.File.pathSeparator
                + Files.readString(target.resolve("peer.classpath")).strip();
        command.addAll(List.of("-cp", classpath, "org.carebridge.peer.PeerMain",
                "--jdbc-url", jdbcBase + DATABASE, "--realm-url", system.realmUrl(), "--port", String.valueOf(PORT)));
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("peer ready")) {
            lines.add(line);
        }
        Files.write(log, lines);
        if (line == null) {
            throw new IllegalStateException("the Flowable peer did not start; its output is in " + log);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Thread drain = new Thread(() -> out.lines().forEach(l -> append(log, l)), "peer-log"); // it must never block on a full pipe
        drain.setDaemon(true);
        drain.start();
        return new FlowablePeer(process, seconds);
    }

    String url() {
        return "http://127.0.0.1:" + PORT;
    }

    long pid() {
        return process.pid();
    }

    double startSeconds() {
        return startSeconds;
    }

    /**
     * The services' JVM options (heap, collector, code cache), so the two systems' memory and CPU compare: read from
     * the stack that sets them, where a change there reaches the peer too.
     */
    private static String serviceJavaOptions() throws ReflectiveOperationException {
        var field = Class.forName("org.carebridge.stack.ServiceApp").getDeclaredField("JAVA_OPTIONS");
        field.setAccessible(true);
        return (String) field.get(null);
    }

    private static void append(Path log, String line) {
        try {
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is a convenience; the measurement does not depend on it
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
