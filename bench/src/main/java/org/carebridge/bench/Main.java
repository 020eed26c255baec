package org.carebridge.bench;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark run against the system of {@code ./carebridge start} (see bench/run): escalation latency and the
 * physical baseline, note throughput against raw inserts, reads at 1,000,000 cases, memory, start-up time; with
 * --saturation or --peer flowable also open-loop saturation, and the same escalations on the Flowable CMMN peer;
 * with --soak MINUTES the whole loop once a second with RSS every minute.
 * Prints a table and writes the raw figures as JSON into the results directory.
 */
public final class Main {
    private final Map<String, Object> results = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        try {
            new Main().run(options);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the load's pools would keep a failed run alive, and bench/run waiting for it
        }
        System.exit(0);
    }

    private void run(Map<String, String> o) throws Exception {
        RunningSystem system = RunningSystem.read(Path.of(o.getOrDefault("state-dir", "run")));
        Path out = Path.of(o.getOrDefault("out", "bench/results/" + OffsetDateTime.now().toLocalDate()));
        int escalations = Integer.parseInt(o.getOrDefault("escalations", "2000"));
        // latency is measured at a rate this 2-core machine sustains beside everything else it runs (a region sees a
        // few escalations a day); what it could sustain at most follows from the CPU per escalation printed below
        int rate = Integer.parseInt(o.getOrDefault("rate", "5"));
        Duration phase = Duration.ofSeconds(Long.parseLong(o.getOrDefault("phase-seconds", "20")));
        Api api = new Api(system);
        Rss rss = new Rss();

        results.put("date", OffsetDateTime.now().toString());
        results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + (Rss.ofPid(ProcessHandle.current().pid()) >= 0 ? "Linux" : "?") + ", PostgreSQL " + system.postgresMode());
        // which JVM options the services ran with: a before/after pair of runs differs in them
        results.put("serviceJavaOptions", System.getenv().getOrDefault("CAREBRIDGE_SERVICE_JAVA_OPTIONS", "ServiceApp's default"));
        results.put("stackUpSeconds", Double.parseDouble(o.getOrDefault("stack-up-seconds", "-1")));
        results.put("supervisorReadyMillis", system.readyMillis());
        results.put("rssIdleMiB", system.rssMiB());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> rss.sample(system.rssMiB()), 0, 500, TimeUnit.MILLISECONDS);

        step("1. escalation latency: " + escalations + " escalations at " + rate + "/s, POST -> bruno's live stream");
        // --profile: a further phase under JFR after the measured one, so the recording never slows what is measured
        boolean profile = o.containsKey("profile");
        int profiled = profile ? Math.max(100, escalations / 5) : 0;
        List<String> opened = EscalationLatency.openCases(api, escalations + profiled);
        List<String> cases = opened.subList(0, escalations);
        CpuTime cpu = new CpuTime(system);
        Downstream.awaitCaughtUp(system); // the opened cases' team and digest events are consumed before CPU is counted
        ThreadCpu threads = new ThreadCpu(system);
        Map<String, Double> before = cpu.snapshot();
        Map<String, Map<String, Long>> threadsBefore = threads.snapshot();
        EscalationLatency.Result latency;
        try (EscalationLatency run = new EscalationLatency(api)) {
            latency = run.run(cases, rate);
        }
        results.put("escalation", latency);
        results.put("cpuMillisPerEscalation", cpuPer(CpuTime.since(before, cpu.snapshot()), latency.sent(), "escalation"));
        results.put("cpuMillisPerEscalationByThread",
                ThreadCpu.perOperation(threadsBefore, threads.snapshot(), latency.sent()));
        System.out.println("  end to end: " + latency.endToEnd() + "\n  POST answer: " + latency.postAnswer()
                + "\n  received " + latency.received() + " of " + latency.sent());
        Profiles profiles = new Profiles(system, out);
        if (profile) {
            step("1b. profile: " + profiled + " more escalations at " + rate + "/s under JFR (not counted above)");
            profiles.start("escalation");
            try (EscalationLatency run = new EscalationLatency(api)) {
                run.run(opened.subList(escalations, opened.size()), rate);
            }
            results.put("profileEscalation", profiles.stop("escalation"));
        }

        if (!o.containsKey("skip-steady")) {
            int steadyRate = Integer.parseInt(o.getOrDefault("steady-rate", "20"));
            Duration warmUp = Duration.ofSeconds(Long.parseLong(o.getOrDefault("steady-warmup-seconds", "60")));
            Duration measured = Duration.ofSeconds(Long.parseLong(o.getOrDefault("steady-seconds", "60")));
            step("1c. steady state: escalations at " + steadyRate + "/s, " + warmUp.toSeconds() + " s warm-up (not "
                    + "counted), then " + measured.toSeconds() + " s measured");
            results.put("steadyState", new SteadyState(api, cpu, threads).run(steadyRate, warmUp, measured));
        }

        step("2. physical baseline: Kafka produce->consume round trip, PostgreSQL single-row insert commit");
        PhysicalBaseline baseline = new PhysicalBaseline(system);
        Percentiles kafka = baseline.kafkaRoundTrip(escalations, Math.max(rate, 20)); // a bare round trip: no queue to fill
        Percentiles commit = baseline.insertCommit(escalations);
        results.put("kafkaRoundTrip", kafka);
        results.put("insertCommit", commit);
        double ratio50 = latency.endToEnd().p50() / (kafka.p50() + commit.p50());
        double ratio99 = latency.endToEnd().p99() / (kafka.p99() + commit.p99());
        results.put("escalationOverBaseline", Map.of("p50", ratio50, "p99", ratio99));
        System.out.printf(Locale.ROOT, "  Kafka: %s%n  insert commit: %s%n  escalation / (Kafka + commit): "
                + "p50 %.1fx, p99 %.1fx%n", kafka, commit, ratio50, ratio99);

        step("3. write throughput: journal notes through the gateway vs raw single-row inserts and the write floor, " + phase.toSeconds() + " s each");
        Workloads work = new Workloads(api);
        Map<String, Object> throughput = new LinkedHashMap<>();
        Map<String, Object> floor = new LinkedHashMap<>(); // the framework's floor: what notes are held against
        for (int users : new int[]{1, 8, 32}) {
            Map<String, Double> cpuBefore = cpu.snapshot();
            Map<String, Map<String, Long>> threadsBeforeNotes = threads.snapshot();
            double notes = work.notes(users, cases, phase);
            results.put("cpuMillisPerNote " + users + " users",
                    cpuPer(CpuTime.since(cpuBefore, cpu.snapshot()), notes * phase.toSeconds(), "note"));
            results.put("cpuMillisPerNoteByThread " + users + " users",
                    ThreadCpu.perOperation(threadsBeforeNotes, threads.snapshot(), notes * phase.toSeconds()));
            double inserts = baseline.insertThroughput(users, phase);
            double bare = work.floor(users, phase);
            throughput.put(users + " users", Map.of("notesPerSecond", notes, "insertsPerSecond", inserts,
                    "ratio", notes / inserts));
            floor.put(users + " users", Map.of("notesPerSecond", notes, "floorWritesPerSecond", bare,
                    "notesOverFloor", notes / bare));
            System.out.printf(Locale.ROOT, "  %2d users: %7.0f notes/s, %7.0f inserts/s, ratio %.0f%%; write floor "
                    + "(gateway, token, one insert) %7.0f/s: notes are %.0f%% of it%n",
                    users, notes, inserts, 100 * notes / inserts, bare, 100 * notes / bare);
        }
        results.put("writeThroughput", throughput);
        results.put("floor", floor);
        if (profile) {
            step("3b. profile: journal notes, 8 users, " + phase.toSeconds() + " s under JFR (not counted above)");
            profiles.start("notes");
            work.notes(8, cases, phase);
            results.put("profileNotes", profiles.stop("notes"));
        }
        results.put("rssUnderLoadMiB", rss.peak());

        if (!o.containsKey("skip-scale")) {
            step("4. reads at scale: 1,000,000 cases, 20,000,000 journal entries");
            ScaleData data = new ScaleData(system);
            double loadSeconds = data.ensureLoaded();
            long[] counts = data.counts();
            results.put("scale", Map.of("cases", counts[0], "journalEntries", counts[1], "loadSeconds", loadSeconds));
            System.out.printf(Locale.ROOT, "  %,d cases, %,d journal entries (load took %.0f s)%n", counts[0], counts[1], loadSeconds);
            Percentiles myCases = work.reads(Workloads.READER, Workloads.myCasesPaths(500), 50);
            Percentiles timeline;
            try (var caseDb = system.database("case")) {
                timeline = work.reads(Workloads.READER, Workloads.timelinePaths(caseDb, 500), 50);
            }
            Percentiles digest = work.reads("ada", java.util.Collections.nCopies(100, "/api/advisory/digest?quarter=2026-Q4"), 10);
            results.put("myCases", myCases);
            results.put("timelinePage", timeline);
            results.put("advisoryDigest", digest);
            System.out.println("  my cases: " + myCases + "\n  timeline page: " + timeline + "\n  digest: " + digest);
        }
        if (o.containsKey("peer") || o.containsKey("saturation")) {
            new PeerComparison(system, o, out).run(results, escalations, rate); // its load counts in the peak too
        }
        if (o.containsKey("soak")) {
            Duration soak = Duration.ofMinutes(Long.parseLong(o.get("soak")));
            step("8. soak: case, note, escalation, claim, referral, advice once a second for " + soak.toMinutes()
                    + " min, RSS every minute");
            results.put("soak", new Soak(api, system).run(soak));
        }
        sampler.shutdownNow();
        results.put("rssPeakMiB", rss.peak());
        System.out.println("RSS idle (MiB): " + results.get("rssIdleMiB") + "\nRSS peak under load (MiB): " + rss.peak());

        Files.createDirectories(out);
        Path file = out.resolve("results.json");
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
        System.out.println("Raw results: " + file);
    }

    /** Prints and returns the CPU milliseconds each component spent per operation of the phase: where time goes. */
    static Map<String, Double> cpuPer(Map<String, Double> seconds, double operations, String what) {
        Map<String, Double> perOperation = new LinkedHashMap<>();
        seconds.forEach((component, s) -> perOperation.put(component, Math.round(s * 1000 / operations * 100) / 100.0));
        double total = perOperation.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "  CPU ms per %s: %s, total %.1f (at most %.0f %ss per second on %d cores)%n",
                what, perOperation, total, Runtime.getRuntime().availableProcessors() * 1000 / total, what,
                Runtime.getRuntime().availableProcessors());
        return perOperation;
    }

    static void step(String what) {
        System.out.println("\n== " + what);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }
}
