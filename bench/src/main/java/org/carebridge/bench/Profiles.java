package org.carebridge.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Where a service's CPU goes during a phase (bench/run --profile): a JFR recording of each service, started and
 * stopped with the JDK's jcmd, then summarised from its execution samples into the share of samples under each of
 * our methods (inclusive: what an operation costs with all it calls) and the hottest methods by self time.
 * The recordings stay in the results directory for JDK Mission Control or {@code jfr print}.
 */
final class Profiles {
    private static final int TOP = 12;

    private final RunningSystem system;
    private final Path out;

    Profiles(RunningSystem system, Path out) {
        this.system = system;
        this.out = out;
    }

    void start(String phase) throws IOException, InterruptedException {
        Files.createDirectories(out);
        for (String service : RunningSystem.SERVICES) {
            long pid = pid(service);
            // deep enough to reach our own frames under a request's framework stack (JFR's default is 64)
            jcmd(pid, "JFR.configure", "stackdepth=256");
            jcmd(pid, "JFR.start", "name=bench", "settings=profile", "filename=" + file(service, phase));
        }
    }

    /** Stops the recordings and prints, per service, where its samples were. */
    Map<String, Object> stop(String phase) throws IOException, InterruptedException {
        Map<String, Object> summaries = new LinkedHashMap<>();
        for (String service : RunningSystem.SERVICES) {
            jcmd(pid(service), "JFR.stop", "name=bench");
            Summary summary = Summary.of(file(service, phase));
            summaries.put(service, summary);
            System.out.println("  profile of " + service + " (" + summary.samples() + " samples, " + file(service, phase)
                    .getFileName() + ")\n    inclusive: " + summary.inclusive() + "\n    self: " + summary.self());
        }
        return summaries;
    }

    private Path file(String service, String phase) {
        return out.resolve(phase + "-" + service + ".jfr");
    }

    private long pid(String service) {
        return system.state().process(service).orElseThrow(() -> new IllegalStateException(service + " is not running"))
                .pid();
    }

    /** jcmd of the JDK the service runs on, so the attach protocol matches. */
    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        String java = ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("java");
        List<String> args = new ArrayList<>(List.of(Path.of(java).resolveSibling("jcmd").toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed: " + output);
        }
    }

    /** Shares of samples in percent, highest first. */
    record Summary(int samples, Map<String, Double> inclusive, Map<String, Double> self) {

        static Summary of(Path recording) throws IOException {
            Map<String, Integer> inclusive = new TreeMap<>();
            Map<String, Integer> self = new TreeMap<>();
            int samples = 0;
            try (RecordingFile file = new RecordingFile(recording)) {
                while (file.hasMoreEvents()) {
                    RecordedEvent event = file.readEvent();
                    RecordedStackTrace stack = event.getStackTrace();
                    if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || stack == null
                            || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                    Set<String> ours = new HashSet<>(); // a method on the stack twice counts once per sample
                    for (RecordedFrame frame : stack.getFrames()) {
                        String name = name(frame);
                        if (name.startsWith("org.carebridge.") && ours.add(name)) {
                            inclusive.merge(name, 1, Integer::sum);
                        }
                    }
                }
            }
            return new Summary(samples, top(inclusive, samples), top(self, samples));
        }

        private static String name(RecordedFrame frame) {
            return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
        }

        private static Map<String, Double> top(Map<String, Integer> counts, int samples) {
            Map<String, Double> top = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(TOP)
                    .forEach(e -> top.put(e.getKey().replace("org.carebridge.", ""),
                            Double.parseDouble(String.format(Locale.ROOT, "%.1f", 100.0 * e.getValue() / samples))));
            return top;
        }
    }
}
