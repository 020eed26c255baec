package org.carebridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU of each service by thread (from /proc/PID/task; names with their numbers left out, so the 20 executor
 * threads are one line): request threads against event loops, Kafka's threads, the outbox relay, and the JIT
 * compilers and the collector, which a sampling profiler does not see. Threads that end during a phase are lost.
 */
final class ThreadCpu {
    private static final int TOP = 8;
    private static final double MILLIS_PER_TICK = 10.0; // USER_HZ on Linux

    private final RunningSystem system;

    ThreadCpu(RunningSystem system) {
        this.system = system;
    }

    /** Service -> thread name -> CPU ticks (user + system) so far. */
    Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> ticks = new LinkedHashMap<>();
        for (String service : RunningSystem.SERVICES) {
            system.state().process(service).ifPresent(p -> ticks.put(service, ofProcess(p.pid())));
        }
        return ticks;
    }

    /** Milliseconds of CPU per operation of each service's busiest threads between two snapshots; printed too. */
    static Map<String, Map<String, Double>> perOperation(Map<String, Map<String, Long>> before,
                                                          Map<String, Map<String, Long>> after, double operations) {
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        after.forEach((service, threads) -> {
            Map<String, Long> was = before.getOrDefault(service, Map.of());
            Map<String, Double> used = new LinkedHashMap<>();
            threads.entrySet().stream()
                    .map(t -> Map.entry(t.getKey(), (t.getValue() - was.getOrDefault(t.getKey(), 0L)) * MILLIS_PER_TICK))
                    .filter(t -> t.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(TOP)
                    .forEach(t -> used.put(t.getKey(), Math.round(t.getValue() / operations * 100) / 100.0));
            result.put(service, used);
            System.out.printf(Locale.ROOT, "    %s by thread: %s%n", service, used);
        });
        return result;
    }

    private static Map<String, Long> ofProcess(long pid) {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("\\d+", "#");
                    String[] f = CpuTime.statFields(task.resolve("stat"));
                    byName.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException e) {
                    // the thread ended while we looked
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byName;
    }
}
