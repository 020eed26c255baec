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
 * our methods (inclusive: what an operation costs with all it calls) and the share of each library on top of the
 * stack (self time: whose code the CPU was running).
 * Starting a recording makes the JIT compile much again for a while, so what CPU the threads use is measured in the
 * phases without a recording ({@link ThreadCpu}); the samples here say which code runs, not how much CPU there is.
 * The recordings stay in the results directory (not in git: megabytes each) for JDK Mission Control, {@code jfr
 * print} or {@link #main} again.
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
            System.out.println("  profile of " + service + " (" + summary.samples() + " samples of Java code, "
                    + file(service, phase).getFileName() + ")\n    inclusive: " + summary.inclusive()
                    + "\n    self, by library: " + summary.self());
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

    /** Summarises recordings again, e.g. {@code java -cp ... org.carebridge.bench.Profiles results/x/*.jfr}. */
    public static void main(String[] recordings) throws IOException {
        for (String recording : recordings) {
            Summary summary = Summary.of(Path.of(recording));
            System.out.println(recording + " (" + summary.samples() + " samples)\n  inclusive: " + summary.inclusive()
                    + "\n  self, by library: " + summary.self());
        }
    }

    /**
     * Shares of samples in percent, highest first: under each of our methods (framework-generated proxies and
     * lambdas left out, they only repeat the method they wrap), and by the library of the method on top of the stack.
     */
    record Summary(int samples, Map<String, Double> inclusive, Map<String, Double> self) {
        /** Library of a class, by package prefix: the first match wins, anything else is named by its package. */
        private static final List<String> LIBRARIES = List.of("org.carebridge", "org.hibernate", "org.postgresql",
                "io.agroal", "com.arjuna", "io.narayana", "com.fasterxml.jackson", "org.apache.kafka",
                "io.smallrye.reactive.messaging", "io.smallrye", "io.quarkus", "io.vertx", "io.netty", "io.micrometer",
                "org.jboss", "org.jose4j", "java.math", "sun.security", "java.util", "java.lang", "java.time", "java.io",
                "java.nio", "sun.nio", "jdk.internal");

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
                    self.merge(library(stack.getFrames().get(0).getMethod().getType().getName()), 1, Integer::sum);
                    Set<String> ours = new HashSet<>(); // a method on the stack twice counts once per sample
                    for (RecordedFrame frame : stack.getFrames()) {
                        String type = frame.getMethod().getType().getName();
                        String method = frame.getMethod().getName();
                        if (type.startsWith("org.carebridge.") && !generated(type, method)
                                && ours.add(type + "." + method)) {
                            inclusive.merge(type.substring("org.carebridge.".length()) + "." + method, 1, Integer::sum);
                        }
                    }
                }
            }
            return new Summary(samples, top(inclusive, samples), top(self, samples));
        }

        private static boolean generated(String type, String method) {
            return type.contains("_Subclass") || type.contains("_ClientProxy") || type.contains("$$")
                    || type.contains("$quarkusrestinvoker$") || type.contains("_SmallRyeMessagingInvoker")
                    || method.startsWith("lambda$") || method.endsWith("$$superforward");
        }

        private static String library(String type) {
            for (String library : LIBRARIES) {
                if (type.startsWith(library + ".")) {
                    return library;
                }
            }
            int lastDot = type.lastIndexOf('.');
            return lastDot < 0 ? type : type.substring(0, lastDot);
        }

        private static Map<String, Double> top(Map<String, Integer> counts, int samples) {
            Map<String, Double> top = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(TOP)
                    .forEach(e -> top.put(e.getKey(),
                            Double.parseDouble(String.format(Locale.ROOT, "%.1f", 100.0 * e.getValue() / samples))));
            return top;
        }
    }
}
