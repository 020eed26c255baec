package org.carebridge.stack;

import org.carebridge.stack.demo.DemoLoader;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ./carebridge start|stop|status}: the whole system on fixed ports, state and logs in {@code ./run}; with
 * {@code --replicas N}, N replicas of every service ({@link PortPlan#replica}).
 */
final class RunCommands {
    /** Parallel users while loading the demo: enough to hide the Kafka hops, few enough for two cores. */
    private static final int DEMO_THREADS = 4;

    private RunCommands() {
    }

    /**
     * @param demo     load the demo data set (docs/demo-data.md) unless an earlier start did; false for {@code --empty}
     * @param replicas of every service (gateway included)
     */
    static int start(Path runDir, boolean demo, int replicas) {
        Optional<StackState> existing = StackState.read(runDir);
        if (existing.isPresent() && existing.get().supervisorAlive()) {
            System.out.println("Carebridge is already running (supervisor pid " + existing.get().get(StackState.SUPERVISOR_PID)
                    + "). See ./carebridge status, or ./carebridge stop first.");
            return 1;
        }
        if (!portsFree(replicas)) {
            return 1;
        }
        System.out.println("Starting Carebridge (logs in " + runDir + ") ...");
        long t0 = System.nanoTime();
        Set<String> reported = ConcurrentHashMap.newKeySet();
        StackState state;
        try {
            state = SupervisorLauncher.launch(runDir, List.of("system", "--replicas", String.valueOf(replicas)),
                    Duration.ofMinutes(10 + 5L * (replicas - 1)), s -> {
                for (String c : s.components()) {
                    if (reported.add(c)) {
                        System.out.printf("  %-19s up (pid %s, port %s)%n", c, pidText(s.pid(c)), s.get(c + ".port"));
                    }
                }
            });
        } catch (IllegalStateException e) {
            System.out.println("Carebridge did not start: " + e.getMessage());
            return 1;
        }
        System.out.printf("Ready in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        if (demo) {
            loadDemo(state);
        }
        System.out.println();
        printBanner(state);
        return 0;
    }

    /** A failed load leaves the system running (what loaded stays; the next start goes on from there). */
    private static void loadDemo(StackState state) {
        String gateway = state.get("service.gateway.url");
        boolean allServices = List.of("case-service", "network-service", "advisory-service", "gateway").stream()
                .noneMatch(s -> state.get("service." + s + ".skipped") != null);
        if (gateway == null || !allServices) {
            System.out.println("Demo data not loaded: not every service is built.");
            return;
        }
        System.out.println("Loading the demo data set (synthetic; ./carebridge start --empty skips it) ...");
        long t0 = System.nanoTime();
        try {
            int loaded = new DemoLoader(gateway, state.get(StackState.KEYCLOAK_URL), state.get(StackState.JDBC_BASE),
                    OffsetDateTime.now()).load(DEMO_THREADS);
            System.out.printf(loaded == 0 ? "  already loaded by an earlier start.%n"
                    : "  %d synthetic cases and their ladder loaded in %.1f s.%n", loaded, (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException e) {
            System.out.println("  demo data not (fully) loaded: " + e.getMessage());
        }
    }

    private static boolean portsFree(int replicas) {
        PortPlan plan = PortPlan.fixed();
        Map<Integer, String> ports = new LinkedHashMap<>();
        for (int replica = 1; replica <= replicas; replica++) {
            for (String module : PortPlan.SERVICES) {
                PortPlan.ServicePorts service = plan.replica(module, replica);
                ports.put(service.port(), ServiceApp.replicaName(module, replica));
                ports.put(service.management(), ServiceApp.replicaName(module, replica) + " management");
            }
        }
        ports.put(plan.keycloak(), "Keycloak");
        ports.put(plan.keycloakManagement(), "Keycloak management");
        ports.put(plan.kafka(), "Kafka");
        ports.put(plan.kafkaController(), "Kafka controller");
        ports.put(plan.mailSmtp(), "mail box SMTP");
        ports.put(plan.mailPop3(), "mail box POP3");
        boolean free = true;
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
            if (Ports.inUse(port.getKey())) {
                System.out.println("Port " + port.getKey() + " (" + port.getValue() + ") is already in use by another"
                        + " program. Find it with: ss -ltnp 'sport = :" + port.getKey() + "' and stop it, then retry.");
                free = false;
            }
        }
        return free;
    }

    private static void printBanner(StackState state) {
        String gateway = state.get("service.gateway.url");
        System.out.println(gateway != null ? "Gateway (open this):  " + gateway
                : "Gateway:              not running (gateway not built yet)");
        System.out.println("Keycloak:             " + state.get(StackState.KEYCLOAK_URL)
                + "  (admin console: " + state.get(StackState.KEYCLOAK_ADMIN) + ")");
        System.out.println("Kafka:                " + state.get(StackState.BOOTSTRAP_SERVERS));
        System.out.println("PostgreSQL:           " + state.get(StackState.JDBC_BASE) + " ("
                + state.get(StackState.POSTGRES_MODE) + ")");
        if (state.get(MailBox.POP3_PORT) != null) {
            System.out.println("Mail box:             every email sent, POP3 " + Ports.HOST + ":"
                    + state.get(MailBox.POP3_PORT) + " (login and password: the address, e.g. anna@carebridge.example)");
        }
        String gateways = String.join(", ", state.replicas("gateway").stream().skip(1)
                .map(g -> state.get("service." + g + ".url")).filter(java.util.Objects::nonNull).toList());
        if (!gateways.isEmpty()) {
            System.out.println("More gateways:        " + gateways + "  (any serves any session)");
        }
        for (String c : state.components()) {
            if (state.get("service." + c + ".url") != null && !state.replicas("gateway").contains(c)) {
                System.out.printf("%-21s %s  (health, metrics, OpenAPI: %s/q/...)%n", c + ":",
                        state.get("service." + c + ".url"), state.get("service." + c + ".management-url"));
            }
        }
        for (String key : List.of("case-service", "network-service", "advisory-service", "gateway")) {
            if (state.get("service." + key + ".skipped") != null) {
                System.out.println("WARNING: " + key + " is not built yet and was not started.");
            }
        }
        System.out.println();
        System.out.println("Demo logins (realm carebridge):");
        System.out.printf("  %-8s %-14s %-20s %-7s %s%n", "user", "password", "role", "region", "organisation");
        for (DemoUsers.User u : DemoUsers.ALL) {
            System.out.printf("  %-8s %-14s %-20s %-7s %s%n", u.username(), u.password(), u.role(), u.region(),
                    u.organisation());
        }
        System.out.println();
        System.out.println("Stop with ./carebridge stop; see what runs with ./carebridge status.");
    }

    static int stop(Path runDir) {
        Optional<StackState> found = StackState.read(runDir);
        if (found.isEmpty()) {
            System.out.println("Carebridge is not running (no state in " + runDir + ").");
            return 0;
        }
        StackState state = found.get();
        if (state.supervisorAlive()) {
            long pid = Long.parseLong(state.get(StackState.SUPERVISOR_PID));
            System.out.println("Stopping Carebridge (supervisor pid " + pid + ") ...");
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            waitFor(() -> !state.supervisorAlive(), Duration.ofSeconds(120));
        }
        // whatever the supervisor did not stop (it was killed, or it hung) goes now, by recorded PID
        StackState last = StackState.read(runDir).orElse(state);
        boolean leftovers = false;
        List<String> reversed = new java.util.ArrayList<>(last.components());
        java.util.Collections.reverse(reversed);
        for (String c : reversed) {
            Optional<ProcessHandle> process = last.process(c);
            if (process.isPresent()) {
                leftovers = true;
                ChildProcess.stopTree(process.get(), Duration.ofSeconds(20), c);
            }
            for (ProcessHandle child : last.children(c)) {
                leftovers = true;
                ChildProcess.stopTree(child, Duration.ofSeconds(20), c + " child");
            }
        }
        if (last.supervisorAlive()) {
            ProcessHandle.of(Long.parseLong(last.get(StackState.SUPERVISOR_PID))).ifPresent(ProcessHandle::destroyForcibly);
            leftovers = true;
        }
        boolean clean = last.components().stream().allMatch(c -> last.process(c).isEmpty() && last.children(c).isEmpty())
                && !last.supervisorAlive();
        System.out.println(clean ? "Stopped" + (leftovers ? " (some processes had to be killed)." : "; no process left.")
                : "Some processes are still running: see ./carebridge status.");
        return clean ? 0 : 1;
    }

    static int status(Path runDir) {
        Optional<StackState> found = StackState.read(runDir);
        if (found.isEmpty() || !found.get().supervisorAlive()) {
            System.out.println("Carebridge is not running.");
            found.ifPresent(s -> s.components().stream().filter(c -> s.process(c).isPresent()).forEach(c ->
                    System.out.println("  but " + c + " (pid " + s.pid(c) + ") is still alive: ./carebridge stop")));
            return found.map(s -> s.components().stream().anyMatch(c -> s.process(c).isPresent()) ? 1 : 3).orElse(3);
        }
        StackState state = found.get();
        System.out.println("Carebridge: " + state.status() + " (supervisor pid " + state.get(StackState.SUPERVISOR_PID)
                + ", logs in " + runDir + ")");
        System.out.printf("  %-19s %-8s %-6s %-11s %s%n", "component", "pid", "port", "management", "health");
        boolean allUp = true;
        for (String c : state.components()) {
            boolean up = healthy(state, c);
            allUp &= up;
            String management = state.get(c + ".management-port");
            System.out.printf("  %-19s %-8s %-6s %-11s %s%n", c, pidText(state.pid(c)), state.get(c + ".port"),
                    management == null ? "-" : management, up ? "UP" : "DOWN");
        }
        return allUp ? 0 : 1;
    }

    private static boolean healthy(StackState state, String component) {
        String health = state.get(component + ".health");
        int port = Integer.parseInt(state.get(component + ".port"));
        if ("jdbc".equals(health)) {
            return Postgres.acceptsPostgresUser(port);
        }
        if ("kafka".equals(health)) {
            return Ports.inUse(port);
        }
        return Http.ok(health);
    }

    private static String pidText(long pid) {
        return pid > 0 ? String.valueOf(pid) : "-";
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Sleep.millis(200);
        }
    }
}
