package org.carebridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the machine's time goes during a phase: CPU seconds (user + system, from /proc) of every component and of
 * the load driver itself. PostgreSQL forks a process per connection, so its figure sums the server and all its
 * descendants; Keycloak's script starts the JVM as a child, which is counted with it.
 */
final class CpuTime {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
    private static final String[] COMPONENTS = {"postgres", "kafka", "keycloak", "case-service", "network-service",
            "advisory-service", "gateway"};

    private final RunningSystem system;
    private final String[] components;
    private final Map<String, Long> others;

    CpuTime(RunningSystem system) {
        this(system, COMPONENTS, Map.of());
    }

    /**
     * Only {@code components} of the stack, plus processes of its own (a peer), by PID: what a phase of a system
     * under test costs, leaving out what idles beside it.
     */
    CpuTime(RunningSystem system, String[] components, Map<String, Long> others) {
        this.system = system;
        this.components = components;
        this.others = others;
    }

    /** CPU seconds used so far per component (a snapshot; subtract two to get a phase's share). */
    Map<String, Double> snapshot() {
        Map<Long, long[]> table = processTable(); // pid -> {ppid, ticks}
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String component : components) {
            Optional<Long> pid = system.state().process(component).map(ProcessHandle::pid);
            pid.ifPresent(p -> seconds.put(component, treeTicks(table, p) / TICKS_PER_SECOND));
        }
        long self = ProcessHandle.current().pid();
        long driver = treeTicks(table, self);
        for (Map.Entry<String, Long> other : others.entrySet()) {
            long ticks = treeTicks(table, other.getValue());
            seconds.put(other.getKey(), ticks / TICKS_PER_SECOND);
            if (descends(table, other.getValue(), self)) {
                driver -= ticks; // a peer the driver started is its child: counted once, as itself
            }
        }
        seconds.put("load driver", driver / TICKS_PER_SECOND);
        return seconds;
    }

    static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((component, s) -> used.put(component, s - before.getOrDefault(component, 0.0)));
        return used;
    }

    private static boolean descends(Map<Long, long[]> table, long pid, long ancestor) {
        for (long p = pid; table.containsKey(p) && p > 1; p = table.get(p)[0]) {
            if (table.get(p)[0] == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static long treeTicks(Map<Long, long[]> table, long root) {
        long ticks = table.containsKey(root) ? table.get(root)[1] : 0;
        for (Map.Entry<Long, long[]> p : table.entrySet()) {
            if (p.getValue()[0] == root && p.getKey() != root) {
                ticks += treeTicks(table, p.getKey());
            }
        }
        return ticks;
    }

    private static Map<Long, long[]> processTable() {
        Map<Long, long[]> table = new LinkedHashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    // utime stime cutime cstime; the last two hold the children that ended (PostgreSQL's
                    // connections that closed in the phase)
                    String[] f = statFields(p.resolve("stat"));
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                            + Long.parseLong(f[14]);
                    table.put(Long.parseLong(p.getFileName().toString()), new long[]{Long.parseLong(f[1]), ticks});
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return table;
    }

    /**
     * The fields of a /proc stat file after the command in parentheses (which may itself hold spaces and
     * parentheses): [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime, in clock ticks.
     */
    static String[] statFields(Path stat) throws IOException {
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }
}
