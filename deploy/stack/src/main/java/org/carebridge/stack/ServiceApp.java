package org.carebridge.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One replica of a packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as its own JVM;
 * replica 1 is named after the module, replica r {@code <module>-r}.
 */
public final class ServiceApp implements OneProcessComponent {
    private final String module;
    private final String name;
    private final int replica;
    private final Path jar;
    private static final String HEALTH = "/q/health/ready";
    private final int port;
    private final int managementPort;
    /**
     * Small heaps that give memory back: four services and Kafka and Keycloak share a small machine. The serial
     * collector suits a heap of this size on 2 cores (no concurrent threads, no remembered sets); the free ratios let
     * the heap shrink after a peak without shrinking so far that it collects all the time (10% free did: a note
     * cost five times the CPU at 32 users); overridable with CAREBRIDGE_SERVICE_JAVA_OPTIONS. The GC log beside the
     * service's log shows how the heap fares. The first metaspace threshold is above what a service loads, so
     * start-up is not interrupted by four full collections for class metadata.
     * <p>
     * C1 alone, as Kafka and Keycloak run, and the C heap trimmed every 10 s (experimental on JDK 17, a product flag
     * from 22): measured by bench/run in the same hour on this 2-core machine (bench/results/2026-12-05T2332Z, -2344Z),
     * the peak RSS under load fell from 331-388 MB to 272-302 MB per service and idle by 25-29 MB (C2's arenas and
     * code), the stack started in 35 s instead of 43, an escalation from a cold start cost 98 ms of CPU instead of
     * 143, and a warm one at 20 per second the same (50 against 52 ms); a single user's notes were slower (105
     * against 189 per second), 32 users' not (263 against 202).
     */
    static final String JAVA_OPTIONS = System.getenv().getOrDefault("CAREBRIDGE_SERVICE_JAVA_OPTIONS",
            "-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MinHeapFreeRatio=25 -XX:MaxHeapFreeRatio=50 -Xss512k"
                    + " -XX:ReservedCodeCacheSize=96m -XX:MetaspaceSize=160m -XX:TieredStopAtLevel=1"
                    + " -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000");
    /**
     * Options test systems (end-to-end, proof, fault) add to {@link #JAVA_OPTIONS}: none by default since the
     * services run with C1 alone everywhere (tests did first: a test's few thousand requests never earn C2's
     * compilations back). Set with CAREBRIDGE_TEST_SERVICE_JAVA_OPTIONS.
     */
    static final String TEST_JAVA_OPTIONS = System.getenv().getOrDefault("CAREBRIDGE_TEST_SERVICE_JAVA_OPTIONS", "");

    private final Map<String, String> env;
    private final Path logDir;
    private final boolean test;
    /**
     * SIGTERM, then room for the service's graceful shutdown (quarkus.shutdown.timeout: requests in flight, the outbox
     * relay's current send, the consumers' positions) before SIGKILL: a rolling restart must not end in a crash.
     */
    private final ProcessSlot process = new ProcessSlot(Duration.ofSeconds(40));
    private volatile long launchedAt;

    /**
     * {@code env} already holds both ports (QUARKUS_HTTP_PORT, QUARKUS_MANAGEMENT_PORT) and the secrets; {@code test}
     * adds {@link #TEST_JAVA_OPTIONS}.
     */
    public ServiceApp(String module, int replica, Path repoRoot, int port, int managementPort, Map<String, String> env,
                      Path logDir, boolean test) {
        this.module = module;
        this.name = replicaName(module, replica);
        this.replica = replica;
        this.jar = repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        this.port = port;
        this.managementPort = managementPort;
        this.env = env;
        this.logDir = logDir;
        this.test = test;
    }

    @Override
    public String name() {
        return name;
    }

    /** The component name of replica {@code replica} (1 is the first) of a module. */
    public static String replicaName(String module, int replica) {
        return replica == 1 ? module : module + "-" + replica;
    }

    public String module() {
        return module;
    }

    public int replica() {
        return replica;
    }

    /** Still open to additions until {@link #launch}. */
    Map<String, String> env() {
        return env;
    }

    public boolean packaged() {
        return Files.exists(jar);
    }

    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    /** Where /q/health, /q/metrics and /q/openapi are: the management interface, never the public port. */
    public String managementUrl() {
        return "http://" + Ports.HOST + ":" + managementPort;
    }

    /** Launches without waiting, so the services boot side by side; {@link #awaitReady} waits. */
    public void launch() {
        Ports.requireFree(name, port, managementPort);
        List<String> command = new ArrayList<>(List.of(ChildProcess.currentJava()));
        command.addAll(List.of(JAVA_OPTIONS.trim().split("\\s+")));
        if (test && !TEST_JAVA_OPTIONS.isBlank()) {
            command.addAll(List.of(TEST_JAVA_OPTIONS.trim().split("\\s+")));
        }
        command.add("-Xlog:gc:file=" + logDir.resolve(name + "-gc.log") + ":uptime:filecount=2,filesize=5m");
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> processEnv = new HashMap<>(env);
        processEnv.putIfAbsent("MALLOC_ARENA_MAX", "2"); // glibc's arena per thread is native memory nobody uses
        launchedAt = System.nanoTime();
        process.launch(name, command, processEnv, logDir, logDir.resolve(name + ".log"));
    }

    public void awaitReady(StackState state) {
        ChildProcess running = process.running();
        if (running == null) {
            throw new IllegalStateException(name + " was stopped while starting");
        }
        // the port opens when Quarkus has started; readiness may come later (its checks: database, Kafka clients):
        // both times are logged, to tell a slow boot from a slow readiness
        long[] listening = {0};
        // generous: several builds on a 2-core machine have been seen to take 3.5 min to boot one service
        running.awaitReady(Duration.ofSeconds(360), () -> {
            if (listening[0] == 0 && Ports.inUse(port)) {
                listening[0] = System.nanoTime();
            }
            return healthy();
        });
        long opened = listening[0] == 0 ? System.nanoTime() : listening[0]; // it opened between a port and a health check
        Log.info(name + ": ready at " + url() + ", " + Log.seconds(launchedAt) + " after its launch (port open after "
                + Log.seconds(launchedAt, opened) + ")");
        String health = healthUrl();
        if (!Http.ok(health)) {
            Log.info("WARNING: " + name + " serves /q/health on its public port, not on management port "
                    + managementPort + ": it was built without quarkus.management.enabled=true");
            health = url() + HEALTH;
        }
        state.put("service." + name + ".url", url()).put("service." + name + ".management-url", managementUrl())
                .put(name + ".management-port", managementPort).component(name, running.pid(), port, health);
    }

    @Override
    public void start(StackState state) {
        launch();
        awaitReady(state);
    }

    private String healthUrl() {
        return managementUrl() + HEALTH;
    }

    /**
     * Ready on the management interface; a service not yet built with one (its management port stays closed)
     * still counts when its public port answers, with a warning, so the stack runs while modules move over.
     */
    @Override
    public boolean healthy() {
        return Http.ok(healthUrl()) || !Ports.inUse(managementPort) && Http.ok(url() + HEALTH);
    }

    @Override
    public ProcessSlot process() {
        return process;
    }
}
