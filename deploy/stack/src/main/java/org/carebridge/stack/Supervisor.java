package org.carebridge.stack;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * The long-running JVM that owns every child process: starts PostgreSQL, Kafka and Keycloak (and in system
 * mode the services), writes the state file, and on SIGTERM, or when the watched process ends, stops them all
 * in reverse order.
 */
public final class Supervisor {
    /**
     * What to run and where; {@code test} means throw-away data and test databases named after the owner;
     * {@code replicas} of every service in system mode.
     */
    public record Options(boolean system, Path stateDir, boolean freePorts, long watchPid, boolean test,
                          Postgres.Mode postgresMode, int replicas) {
    }

    private final Options options;
    private final StackLayout layout = StackLayout.load();
    private final List<Component> started = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private StackState state;
    private Postgres postgres;
    private boolean stopping;

    public Supervisor(Options options) {
        this.options = options;
    }

    public void run() {
        long t0 = System.nanoTime();
        long owner = options.watchPid() > 0 ? options.watchPid() : ProcessHandle.current().pid();
        state = StackState.fresh(options.stateDir())
                .put(StackState.STATUS, StackState.STARTING)
                .put(StackState.SUPERVISOR_PID, ProcessHandle.current().pid())
                .put(StackState.OWNER_PID, owner)
                .put("mode", options.system() ? "system" : "infra");
        state.save();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "carebridge-stop"));
        watchOwner();
        try {
            PortPlan ports = options.freePorts() ? PortPlan.free() : PortPlan.fixed();
            Path dir = options.stateDir();
            postgres = new Postgres(dir.resolve("postgres"), ports.postgresEmbedded(), !options.test(),
                    options.postgresMode());
            register(postgres);
            postgres.start(state);
            prepareDatabases();
            Kafka kafka = register(new Kafka(layout, dir.resolve("kafka"), ports.kafka(), ports.kafkaController()));
            Keycloak keycloak = register(new Keycloak(layout, dir.resolve("keycloak"), ports.keycloak(),
                    ports.keycloakManagement(), !options.test()));
            // Keycloak takes longest: boot it while the broker starts
            CompletableFuture<Void> keycloakReady = CompletableFuture.runAsync(() -> keycloak.start(state));
            kafka.start(state);
            state.save();
            join(keycloakReady);
            state.save();
            if (options.system()) {
                register(new MailBox(ports.mailSmtp(), ports.mailPop3())).start(state);
                startServices(ports);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            state.put("ready-ms", ms).put(StackState.STATUS, StackState.READY).save();
            Log.info("ready in " + ms + " ms");
            new SupervisorControl(options.stateDir(), state, this::component).watch();
        } catch (RuntimeException e) {
            Log.info("FAILED: " + e.getMessage());
            e.printStackTrace(System.out);
            state.put(StackState.STATUS, StackState.FAILED).put(StackState.ERROR, e.getMessage()).save();
            System.exit(1); // the shutdown hook stops whatever did start
        }
        awaitStop();
    }

    /** Registered before it starts, so a shutdown during start-up stops it too (stop() is safe either way). */
    private synchronized <T extends Component> T register(T component) {
        started.add(component);
        return component;
    }

    private synchronized Component component(String name) {
        return started.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static void join(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void prepareDatabases() {
        String jdbcBase = state.require(StackState.JDBC_BASE);
        try {
            RunSecrets secrets = RunSecrets.of(options.stateDir());
            for (String service : Databases.SERVICES) {
                Databases.ensureRoles(jdbcBase, service, secrets);
            }
            if (options.test() && "local".equals(state.get(StackState.POSTGRES_MODE))) {
                TestDatabases.dropStale(jdbcBase);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare PostgreSQL roles: " + e.getMessage(), e);
        }
    }

    /**
     * Every first replica boots side by side, then the further ones: those find their database migrated (Flyway would
     * wait on its lock anyway) and do not compete with the first ones for the two cores of a small machine.
     */
    private void startServices(PortPlan ports) {
        List<ServiceApp> apps = Services.plan(layout, ports, state, options.test(), RunSecrets.of(options.stateDir()),
                options.replicas());
        state.put(StackState.REPLICAS, options.replicas());
        for (int replica = 1; replica <= options.replicas(); replica++) {
            List<ServiceApp> launched = new ArrayList<>();
            int current = replica;
            for (ServiceApp app : apps.stream().filter(a -> a.replica() == current).toList()) {
                if (!app.packaged()) {
                    Log.info("WARNING: " + app.name() + " is not packaged (no target/quarkus-app); skipping it");
                    state.put("service." + app.module() + ".skipped", "not built");
                    continue;
                }
                register(app).launch();
                launched.add(app);
            }
            for (ServiceApp app : launched) {
                app.awaitReady(state);
                state.save();
            }
        }
    }

    /** Tests pass the Maven JVM's PID: when the build ends, however it ends, the stack goes with it. */
    private void watchOwner() {
        if (options.watchPid() <= 0) {
            return;
        }
        ProcessHandle.of(options.watchPid()).ifPresentOrElse(
                owner -> owner.onExit().thenRun(() -> {
                    Log.info("watched process " + options.watchPid() + " ended; shutting down");
                    System.exit(0);
                }),
                () -> {
                    Log.info("watched process " + options.watchPid() + " is not running; shutting down");
                    System.exit(0);
                });
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs in the shutdown hook (SIGTERM, SIGINT, System.exit): reverse order, each failure logged only. */
    private void stopAll() {
        List<Component> toStop;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(started);
        }
        if (!StackState.FAILED.equals(state.status())) {
            state.put(StackState.STATUS, StackState.STOPPING).save();
        }
        for (int i = toStop.size() - 1; i >= 0; i--) {
            Component component = toStop.get(i);
            if (component == postgres) {
                dropTestDatabases();
            }
            try {
                component.stop();
            } catch (RuntimeException e) {
                Log.info("stopping " + component.name() + " failed: " + e.getMessage());
            }
        }
        if (options.test()) {
            deleteData();
        }
        if (!StackState.FAILED.equals(state.status())) {
            state.put(StackState.STATUS, StackState.STOPPED);
        }
        state.save();
        Log.info("stopped");
        stopped.countDown();
    }

    /** Test data is throw-away: keep the logs in the state directory, not the gigabytes. */
    private void deleteData() {
        for (String data : new String[] {"postgres/data", "kafka/data", "keycloak/db"}) {
            try {
                KeycloakTemplate.deleteTree(options.stateDir().resolve(data));
            } catch (java.io.IOException e) {
                Log.info("could not delete " + data + ": " + e.getMessage());
            }
        }
    }

    /** On a shared local PostgreSQL, leave nothing behind; an embedded one is thrown away whole anyway. */
    private void dropTestDatabases() {
        if (!options.test() || !"local".equals(state.get(StackState.POSTGRES_MODE))) {
            return;
        }
        try {
            List<String> dropped = Databases.dropDatabases(state.require(StackState.JDBC_BASE),
                    TestDatabases.prefix(Long.parseLong(state.require(StackState.OWNER_PID))));
            Log.info("postgres: dropped " + dropped.size() + " test databases");
        } catch (SQLException | RuntimeException e) {
            Log.info("postgres: could not drop test databases: " + e.getMessage());
        }
    }
}
