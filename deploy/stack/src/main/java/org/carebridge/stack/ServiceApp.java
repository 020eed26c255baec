package org.carebridge.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as its own JVM. */
public final class ServiceApp implements Component {
    private final String module;
    private final Path jar;
    private final int port;
    /**
     * Small heaps that give memory back: four services and Kafka and Keycloak share a small machine. The serial
     * collector suits a heap of this size on 2 cores (no concurrent threads, no remembered sets); the free ratios let
     * the heap shrink after a peak without shrinking so far that it collects all the time (10% free did: a note
     * cost five times the CPU at 32 users); overridable with CAREBRIDGE_SERVICE_JAVA_OPTIONS. The GC log beside the
     * service's log shows how the heap fares. The first metaspace threshold is above what a service loads, so
     * start-up is not interrupted by four full collections for class metadata.
     */
    static final String JAVA_OPTIONS = System.getenv().getOrDefault("CAREBRIDGE_SERVICE_JAVA_OPTIONS",
            "-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MinHeapFreeRatio=25 -XX:MaxHeapFreeRatio=50 -Xss512k"
                    + " -XX:ReservedCodeCacheSize=96m -XX:MetaspaceSize=160m");

    private final Map<String, String> env;
    private final Path logDir;
    private ChildProcess process;
    private boolean stopRequested;

    public ServiceApp(String module, Path repoRoot, int port, Map<String, String> env, Path logDir) {
        this.module = module;
        this.jar = repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        this.port = port;
        this.env = env;
        this.logDir = logDir;
    }

    @Override
    public String name() {
        return module;
    }

    public boolean packaged() {
        return Files.exists(jar);
    }

    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    /** Launches without waiting, so the services boot side by side; {@link #awaitReady} waits. */
    public synchronized void launch() {
        if (stopRequested) {
            throw new IllegalStateException("stack is shutting down");
        }
        if (Ports.inUse(port)) {
            throw new IllegalStateException(module + " port " + port + " is already in use; stop what listens"
                    + " there (or ./carebridge stop) and try again");
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.currentJava()));
        command.addAll(List.of(JAVA_OPTIONS.trim().split("\\s+")));
        command.add("-Xlog:gc:file=" + logDir.resolve(module + "-gc.log") + ":uptime:filecount=2,filesize=5m");
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> processEnv = new HashMap<>(env);
        processEnv.putIfAbsent("MALLOC_ARENA_MAX", "2"); // glibc's arena per thread is native memory nobody uses
        process = ChildProcess.start(module, command, processEnv, logDir, logDir.resolve(module + ".log"));
    }

    public void awaitReady(StackState state) {
        ChildProcess running;
        synchronized (this) {
            running = process;
        }
        if (running == null) {
            throw new IllegalStateException(module + " was stopped while starting");
        }
        // generous: several builds on a 2-core machine have been seen to take 3.5 min to boot one service
        running.awaitReady(Duration.ofSeconds(360), this::healthy);
        Log.info(module + ": ready at " + url());
        state.put("service." + module + ".url", url()).component(module, running.pid(), port, healthUrl());
    }

    @Override
    public void start(StackState state) {
        launch();
        awaitReady(state);
    }

    private String healthUrl() {
        return url() + "/q/health/ready";
    }

    @Override
    public boolean healthy() {
        return Http.ok(healthUrl());
    }

    @Override
    public void kill() {
        ChildProcess running = takeProcess();
        if (running != null) {
            running.kill();
        }
    }

    @Override
    public void restart(StackState state) {
        ChildProcess running = takeProcess();
        if (running != null) {
            running.stop(Duration.ofSeconds(20));
        }
        start(state);
    }

    private synchronized ChildProcess takeProcess() {
        ChildProcess running = process;
        process = null;
        return running;
    }

    @Override
    public void stop() {
        ChildProcess running;
        synchronized (this) {
            stopRequested = true;
            running = process;
            process = null;
        }
        if (running != null) {
            running.stop(Duration.ofSeconds(20));
        }
    }
}
