package org.carebridge.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The supervisor's state file ({@code state.properties} in the run/state directory): status, ports, PIDs and
 * URLs. Written atomically, so readers in other processes never see half a file.
 */
public final class StackState {
    public static final String FILE = "state.properties";

    public static final String STATUS = "status";
    public static final String ERROR = "error";
    public static final String SUPERVISOR_PID = "supervisor.pid";
    public static final String OWNER_PID = "owner.pid";
    public static final String COMPONENTS = "components";
    public static final String JDBC_BASE = "postgres.jdbc-base";
    public static final String POSTGRES_MODE = "postgres.mode";
    public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap-servers";
    public static final String KEYCLOAK_URL = "keycloak.url";
    /** Where the services send their spans (CAREBRIDGE_OTLP_ENDPOINT), when a collector was named. */
    public static final String OTLP_ENDPOINT = "otlp.endpoint";
    public static final String KEYCLOAK_ADMIN = "keycloak.admin";
    /** Replicas of each service ({@code --replicas}); replica r of a module is the component {@code <module>-r}. */
    public static final String REPLICAS = "replicas";

    public static final String STARTING = "starting";
    public static final String READY = "ready";
    public static final String FAILED = "failed";
    public static final String STOPPING = "stopping";
    public static final String STOPPED = "stopped";

    private final Path dir;
    private final Properties props;

    private StackState(Path dir, Properties props) {
        this.dir = dir;
        this.props = props;
    }

    public static StackState fresh(Path dir) {
        return new StackState(dir, new Properties());
    }

    /** Reads the state file; empty when there is none (nothing ever started there). */
    public static Optional<StackState> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new StackState(dir, p));
    }

    public Path dir() {
        return dir;
    }

    public String get(String key) {
        return props.getProperty(key);
    }

    public String require(String key) {
        String value = props.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("state file " + dir.resolve(FILE) + " has no " + key);
        }
        return value;
    }

    public synchronized StackState put(String key, Object value) {
        props.setProperty(key, String.valueOf(value));
        return this;
    }

    /** The components that are replicas of {@code module}, the first (named after the module) first. */
    public List<String> replicas(String module) {
        int replicas = Integer.parseInt(props.getProperty(REPLICAS, "1"));
        List<String> names = new ArrayList<>();
        for (int r = 1; r <= replicas; r++) {
            names.add(ServiceApp.replicaName(module, r));
        }
        return names;
    }

    public String status() {
        return props.getProperty(STATUS, "unknown");
    }

    /** Records a component for {@code status}: pid (0 = not ours), port and how to check its health. */
    public synchronized StackState component(String name, long pid, int port, String health) {
        put(name + ".pid", pid).put(name + ".port", port).put(name + ".health", health);
        // the start time tells a live child from an unrelated process that later got the same PID
        ProcessHandle.of(pid).flatMap(h -> h.info().startInstant())
                .ifPresent(started -> put(name + ".started", started.toEpochMilli()));
        // launcher scripts (kc.sh) keep the real JVM as a child: remember it, in case the parent dies first
        put(name + ".children", ProcessHandle.of(pid).map(h -> h.descendants()
                .map(d -> d.pid() + ":" + d.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L))
                .collect(java.util.stream.Collectors.joining(","))).orElse(""));
        List<String> names = components();
        if (!names.contains(name)) {
            names.add(name);
            put(COMPONENTS, String.join(",", names));
        }
        return this;
    }

    public List<String> components() {
        String value = props.getProperty(COMPONENTS, "");
        return value.isBlank() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(value.split(",")));
    }

    public long pid(String name) {
        return Long.parseLong(props.getProperty(name + ".pid", "0"));
    }

    /** The component's process if it is still the one we started. */
    public Optional<ProcessHandle> process(String name) {
        long pid = pid(name);
        String started = props.getProperty(name + ".started");
        if (pid <= 0 || started == null) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(StackState::running)
                .filter(h -> h.info().startInstant().map(i -> i.toEpochMilli() == Long.parseLong(started)).orElse(false));
    }

    /** Recorded descendants of the component's process that are still alive (same PID and start time). */
    public List<ProcessHandle> children(String name) {
        List<ProcessHandle> alive = new ArrayList<>();
        for (String entry : props.getProperty(name + ".children", "").split(",")) {
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(parts[0])).filter(StackState::running)
                    .filter(h -> h.info().startInstant().map(i -> i.toEpochMilli() == Long.parseLong(parts[1]))
                            .orElse(false))
                    .ifPresent(alive::add);
        }
        return alive;
    }

    public boolean supervisorAlive() {
        String pid = props.getProperty(SUPERVISOR_PID);
        return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(StackState::running).orElse(false);
    }

    /** Alive and not a zombie (a killed process nobody has reaped yet still "is alive" to Java). */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return true; // no /proc (not Linux): trust isAlive
        }
    }

    public synchronized void save() {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "state", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Carebridge stack state (written by the supervisor)");
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
