package org.carebridge.stack.testing;

import org.carebridge.stack.Keycloak;
import org.carebridge.stack.MailBox;
import org.carebridge.stack.Ports;
import org.carebridge.stack.StackState;
import org.carebridge.stack.SupervisorControl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole packaged system (infrastructure plus the four services) on free ports, for end-to-end tests. One
 * per Maven build, whichever module asks first (deploy/e2e, then deploy/proof reuse it: each start of it costs
 * PostgreSQL databases, Flyway, Kafka, Keycloak and four service boots); it stops when the build ends, or when a
 * fault test starts its own. Services must be packaged first ({@code quarkus-run.jar}).
 */
public final class SystemUnderTest {
    /**
     * The settings of the end-to-end system, here and not in a module's pom, so that whichever module starts it, the
     * others find the same system. The tests act as a few demo users at rates no person reaches (the bad-input
     * campaign, thousands of requests), so the gateway's per-user rate limit, proven by gateway's RateLimitTest, is
     * lifted or it would answer instead of the code under test. Consumed records are cut from the topics every 5 s
     * instead of 30 s, so ThinLoopIT sees an erasure leave every topic without waiting out the production interval.
     */
    static final Map<String, String> END_TO_END = Map.of(
            "CAREBRIDGE_RATE_LIMIT_PER_MINUTE", "1000000",
            "CAREBRIDGE_RATE_LIMIT_BURST", "100000",
            "CAREBRIDGE_TOPICS_TRIM_INTERVAL", "5s");
    /** A dozen fault clients act as a few demo users, too: the same lifted limit; the production trim interval. */
    static final Map<String, String> FAULTS = Map.of(
            "CAREBRIDGE_RATE_LIMIT_PER_MINUTE", END_TO_END.get("CAREBRIDGE_RATE_LIMIT_PER_MINUTE"),
            "CAREBRIDGE_RATE_LIMIT_BURST", END_TO_END.get("CAREBRIDGE_RATE_LIMIT_BURST"));
    private static final String END_TO_END_KIND = "e2e";

    private static SystemUnderTest current;
    private final StackState state;

    private SystemUnderTest(StackState state) {
        this.state = state;
    }

    public static synchronized SystemUnderTest start() {
        if (current == null) {
            current = new SystemUnderTest(SharedSupervisor.ensure(END_TO_END_KIND, OwnerProcess.build(), "system",
                    Duration.ofMinutes(10), withTraceCollector(END_TO_END)));
        }
        return current;
    }

    /**
     * Every service of the end-to-end system sends its spans (OTLP over HTTP) to a port chosen now, where a test that
     * checks traces listens ({@link #otlpPort()}); while none does, the spans are dropped.
     */
    private static Map<String, String> withTraceCollector(Map<String, String> env) {
        Map<String, String> traced = new HashMap<>(env);
        traced.put("CAREBRIDGE_OTLP_ENDPOINT", "http://" + Ports.HOST + ":" + Ports.free());
        traced.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        return traced;
    }

    /** The port the services send their spans to (OTLP/HTTP, protobuf), for a test's own receiver to listen on. */
    public int otlpPort() {
        String endpoint = state.require(StackState.OTLP_ENDPOINT);
        return URI.create(endpoint).getPort();
    }

    /**
     * A system of its own (never the shared end-to-end one), with {@code replicas} of every service, that a fault test
     * may crash piece by piece, on an embedded PostgreSQL so that restarting the database never touches the machine's own server. The build's
     * end-to-end system, idle by now, is stopped first: it would take CPU and memory from the recoveries measured.
     */
    public static synchronized SystemUnderTest startForFaults(int replicas) {
        if (current == null) {
            SharedSupervisor.stop(END_TO_END_KIND, OwnerProcess.build());
            current = new SystemUnderTest(SharedSupervisor.ensure("fault", OwnerProcess.pid(), "system",
                    Duration.ofMinutes(15 + 5L * (replicas - 1)), FAULTS, "--postgres", "embedded",
                    "--replicas", String.valueOf(replicas)));
        }
        return current;
    }

    /**
     * kill -9 of a component ({@code kafka}, {@code case-service}, replica 2 {@code case-service-2}, ...);
     * {@link #startComponent} brings it back. Each of these returns how long it took ("killed in 0.1 s").
     */
    public String kill(String component) {
        return control("kill " + component, Duration.ofMinutes(1));
    }

    /** Starts a killed component again (same port, same data) and returns once it is ready ("ready in 9.8 s"). */
    public String startComponent(String component) {
        return control("start " + component, Duration.ofMinutes(8));
    }

    /**
     * Stops a component cleanly (SIGTERM, then what it needs to finish) and starts it again; for {@code postgres} only
     * with the embedded server. A service says how long each half took ("stopped in 1.2 s, ready in 15.0 s").
     */
    public String restart(String component) {
        return control("restart " + component, Duration.ofMinutes(8));
    }

    private String control(String command, Duration timeout) {
        Path dir = state.dir().resolve(SupervisorControl.DIR);
        String id = System.nanoTime() + "";
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "request", ".tmp");
            Files.writeString(tmp, command);
            Files.move(tmp, dir.resolve(id + SupervisorControl.REQUEST), StandardCopyOption.ATOMIC_MOVE);
            Path done = dir.resolve(id + SupervisorControl.DONE);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!Files.exists(done)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the supervisor did not '" + command + "' within " + timeout);
                }
                Thread.sleep(100);
            }
            String answer = Files.readString(done).trim();
            if (!answer.startsWith("ok: ")) {
                throw new IllegalStateException("'" + command + "' " + answer);
            }
            return answer.substring("ok: ".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The system started in this JVM, if any (token requests then go to its Keycloak). */
    static synchronized SystemUnderTest running() {
        return current;
    }

    public String gatewayUrl() {
        return serviceUrl("gateway");
    }

    /** Base URL of every gateway replica, the first first. */
    public List<String> gatewayUrls() {
        return replicas("gateway").stream().map(this::serviceUrl).toList();
    }

    /** The components that are replicas of a module ({@code case-service}, {@code case-service-2}, ...). */
    public List<String> replicas(String module) {
        return state.replicas(module);
    }

    /** Base URL of a service by module name ({@code case-service}, ..., {@code gateway}). */
    public String serviceUrl(String module) {
        String url = state.get("service." + module + ".url");
        if (url == null) {
            throw new IllegalStateException(module + " is not running in the system under test"
                    + (state.get("service." + module + ".skipped") != null ? " (not packaged)" : ""));
        }
        return url;
    }

    /** The management interface of a service ({@code /q/health}, {@code /q/metrics}, {@code /q/openapi}). */
    public String managementUrl(String module) {
        serviceUrl(module);
        return state.require("service." + module + ".management-url");
    }

    /** Database name of a backend service ({@code case-service}, ...), on {@link #jdbcBaseUrl()}. */
    public String database(String module) {
        return state.require("service." + module + ".database");
    }

    public String keycloakUrl() {
        return state.require(StackState.KEYCLOAK_URL);
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + Keycloak.REALM;
    }

    public String bootstrapServers() {
        return state.require(StackState.BOOTSTRAP_SERVERS);
    }

    public String jdbcBaseUrl() {
        return state.require(StackState.JDBC_BASE);
    }

    /** The emails {@code address} has received in this run, oldest first, from the run's mail box. */
    public List<ReceivedMail> mailTo(String address) {
        return ReceivedMail.inboxOf(Ports.HOST, Integer.parseInt(state.require(MailBox.POP3_PORT)), address);
    }

    /** Raw state (ports, PIDs) for anything not covered above. */
    public StackState state() {
        return state;
    }
}
