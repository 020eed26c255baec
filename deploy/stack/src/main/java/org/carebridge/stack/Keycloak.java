package org.carebridge.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak 26 server with the {@code carebridge} realm, bound to 127.0.0.1, started from a copy of the
 * realm template (see {@link KeycloakTemplate}). The issuer is pinned with {@code --hostname}, so tokens carry the
 * same {@code iss} whoever asks for them.
 */
public final class Keycloak implements Component {
    public static final String REALM = "carebridge";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final StackLayout layout;
    private final Path dir;
    private final int port;
    private final int managementPort;
    private final boolean keepData;
    private final ProcessSlot process;

    /**
     * @param keepData keep this instance's database across restarts (run mode) unless the realm changed;
     *                 tests always start from a fresh copy
     */
    public Keycloak(StackLayout layout, Path dir, int port, int managementPort, boolean keepData) {
        this.layout = layout;
        this.dir = dir;
        this.port = port;
        this.managementPort = managementPort;
        this.keepData = keepData;
        this.process = new ProcessSlot(Duration.ofSeconds(30), port);
    }

    @Override
    public String name() {
        return "keycloak";
    }

    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    @Override
    public void start(StackState state) {
        Path home = layout.keycloakHome();
        StackLayout.require(home.resolve("bin/kc.sh"), "the Keycloak distribution (build deploy/stack)");
        Ports.requireFree("Keycloak", port, managementPort);
        Path javaHome = JavaHomes.find(21);
        Path db = dir.resolve("db");
        try (FileChannel channel = KeycloakBuild.lockFile(home); FileLock ignored = KeycloakBuild.lock(channel)) {
            KeycloakBuild.ensure(home, javaHome, dir, this::launch);
            Path template = KeycloakTemplate.ensure(home, javaHome, dir, this::launch);
            if (!keepData || !isCopyOf(db, template)) {
                KeycloakTemplate.copyTo(template, db);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        ChildProcess kc = launch(name(), command(home, port, managementPort, db), env(javaHome),
                dir.resolve("keycloak.log"));
        kc.awaitReady(Duration.ofSeconds(240), this::healthy);
        Log.info("keycloak: ready in " + (System.nanoTime() - t0) / 1_000_000 + " ms at " + url());
        state.put(StackState.KEYCLOAK_URL, url()).put("keycloak.management-port", managementPort)
                .put(StackState.KEYCLOAK_ADMIN, ADMIN_USER + " / " + ADMIN_PASSWORD)
                .component(name(), kc.pid(), port, healthUrl(managementPort));
    }

    private static boolean isCopyOf(Path db, Path template) {
        try {
            return Files.readString(db.resolve("template")).equals(template.getFileName().toString());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * C1-only JIT: Keycloak is ready in about half the time (measured 9-10 s against 16-19 s on this 2-core
     * machine under load), and a local or test server never needs C2's peak throughput.
     */
    static Map<String, String> env(Path javaHome) {
        return new java.util.HashMap<>(Map.of("JAVA_HOME", javaHome.toString(),
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1"));
    }

    /** {@code kc.sh start} for an instance whose H2 database lives under {@code dbPath}. */
    static List<String> command(Path home, int port, int managementPort, Path dbPath) {
        return new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "-Dkc.db-url-path=" + dbPath,
                // per-instance transaction log: by default every instance would share one in the distribution
                "-Dquarkus.transaction-manager.object-store.directory=" + dbPath.resolve("transaction-logs"),
                "--http-enabled=true", "--http-host=" + Ports.HOST, "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=http://" + Ports.HOST + ":" + port,
                // no clustering: the default 'ispn' cache would open JGroups ports on every interface
                "--cache=local"));
    }

    /**
     * Every Keycloak child (build, template run, server) starts here, so a shutdown arriving while the
     * supervisor is still starting finds and stops it.
     */
    private ChildProcess launch(String name, List<String> command, Map<String, String> env, Path log) {
        return process.launch(name, command, env, dir, log);
    }

    static String healthUrl(int managementPort) {
        return "http://" + Ports.HOST + ":" + managementPort + "/health/ready";
    }

    static boolean ready(int managementPort) {
        return Http.ok(healthUrl(managementPort));
    }

    @Override
    public boolean healthy() {
        return ready(managementPort);
    }

    @Override
    public void stop() {
        process.stopForGood();
    }
}
