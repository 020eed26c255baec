package org.carebridge.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Steps 5 to 7 of a run with --peer flowable or --saturation: the same escalation load on the Flowable CMMN peer
 * (latency at the run's rate, CPU per escalation of every process it uses, RSS), then open-loop saturation of both
 * systems, and the ratios Carebridge / peer. See docs/benchmarks.md for what the two do and do not do alike.
 */
final class PeerComparison {
    /** The processes an escalation on the peer uses: its own JVM, PostgreSQL, and Keycloak only for tokens. */
    private static final String[] PEER_STACK = {"postgres", "keycloak"};

    private final RunningSystem system;
    private final Map<String, String> options;
    private final Path out;

    PeerComparison(RunningSystem system, Map<String, String> options, Path out) {
        this.system = system;
        this.options = options;
        this.out = out;
    }

    /**
     * @param carebridge the results of steps 1-3 (escalation, cpuMillisPerEscalation, rss...), completed here with
     *                   the peer's figures, the saturation and the ratios
     */
    void run(Map<String, Object> carebridge, int escalations, int rate) throws Exception {
        Duration step = Duration.ofSeconds(Long.parseLong(options.getOrDefault("saturation-step-seconds", "20")));
        int maxRate = Integer.parseInt(options.getOrDefault("saturation-max-rate", "240"));
        Map<String, Object> saturation = new LinkedHashMap<>();
        Main.step("5. saturation, Carebridge: open-loop escalations, " + step.toSeconds() + " s per rate, until p99 > "
                + Saturation.P99_LIMIT_MS + " ms or an error");
        saturation.put("carebridge", new Saturation(new Api(system), Workflow.CAREBRIDGE, step, maxRate).run());
        carebridge.put("saturation", saturation);
        if (!"flowable".equals(options.get("peer"))) {
            return;
        }

        Main.step("6. peer: Flowable CMMN 7.1.0 (bench/flowable-peer), " + escalations + " escalations at " + rate
                + "/s, POST -> bruno's live stream");
        Path target = Path.of(options.getOrDefault("peer-target", "bench/flowable-peer/target"));
        try (FlowablePeer peer = FlowablePeer.start(system, target, out.resolve("flowable-peer.log"))) {
            System.out.printf(Locale.ROOT, "  peer up in %.1f s%n", peer.startSeconds());
            Thread.sleep(15_000); // idle memory after start-up work, as bench/run waits before reading the services'
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("startSeconds", peer.startSeconds());
            figures.put("rssIdleMiB", Rss.ofPid(peer.pid()) / 1024);
            long[] peak = {0};
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peak[0] = Math.max(peak[0], Rss.ofPid(peer.pid()) / 1024), 0, 500,
                    TimeUnit.MILLISECONDS);

            Api api = new Api(system, peer.url());
            List<String> cases = EscalationLatency.openCases(api, Workflow.FLOWABLE, escalations);
            CpuTime cpu = new CpuTime(system, PEER_STACK, Map.of("flowable-peer", peer.pid()));
            Map<String, Double> before = cpu.snapshot();
            EscalationLatency.Result latency;
            try (EscalationLatency run = new EscalationLatency(api, Workflow.FLOWABLE)) {
                latency = run.run(cases, rate);
            }
            figures.put("escalation", latency);
            figures.put("cpuMillisPerEscalation", Main.cpuPer(CpuTime.since(before, cpu.snapshot()), latency.sent(), "escalation"));
            System.out.println("  end to end: " + latency.endToEnd() + "\n  POST answer: " + latency.postAnswer()
                    + "\n  received " + latency.received() + " of " + latency.sent());

            Main.step("7. saturation, Flowable peer: the same steps");
            saturation.put("flowable", new Saturation(api, Workflow.FLOWABLE, step, maxRate).run());
            sampler.shutdownNow();
            figures.put("rssPeakMiB", peak[0]);
            figures.put("ratio", ratios(carebridge, figures, saturation));
            carebridge.put("peer", Map.of("flowable", figures));
            System.out.println("  Carebridge / Flowable peer: " + figures.get("ratio"));
        }
    }

    /** Carebridge's figure over the peer's: above 1 Carebridge takes more (time, CPU, memory) or holds more (rate). */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> ratios(Map<String, Object> carebridge, Map<String, Object> peer,
                                              Map<String, Object> saturation) {
        EscalationLatency.Result ours = (EscalationLatency.Result) carebridge.get("escalation");
        EscalationLatency.Result theirs = (EscalationLatency.Result) peer.get("escalation");
        Map<String, Double> ratio = new LinkedHashMap<>();
        ratio.put("p50", round(ours.endToEnd().p50() / theirs.endToEnd().p50()));
        ratio.put("p99", round(ours.endToEnd().p99() / theirs.endToEnd().p99()));
        ratio.put("cpuPerEscalation", round(total((Map<String, Double>) carebridge.get("cpuMillisPerEscalation"))
                / total((Map<String, Double>) peer.get("cpuMillisPerEscalation"))));
        long serviceRss = ((Map<String, Long>) carebridge.get("rssIdleMiB")).values().stream().mapToLong(Long::longValue).sum();
        ratio.put("rssIdleAllServices", round((double) serviceRss / (Long) peer.get("rssIdleMiB")));
        double held = ((Number) ((Map<String, Object>) saturation.get("carebridge")).get("highestRateHeld")).doubleValue();
        double peerHeld = ((Number) ((Map<String, Object>) saturation.get("flowable")).get("highestRateHeld")).doubleValue();
        ratio.put("saturationRateHeld", peerHeld == 0 ? Double.NaN : round(held / peerHeld));
        return ratio;
    }

    private static double total(Map<String, Double> perComponent) {
        return perComponent.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
