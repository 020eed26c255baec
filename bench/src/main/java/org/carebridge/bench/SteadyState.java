package org.carebridge.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 22, item 3: what an escalation costs once the system is warm, at 20 per second (four times step 1's rate).
 * A warm-up at the same rate comes first and is not counted: the JIT compiles the escalation path and its
 * first-use work (connections, caches, lazily built metadata) belongs to start-up, not to every escalation. Then
 * a measured phase: latency POST -> bruno's live stream, and CPU per escalation of every process and, per service,
 * of its threads (the JIT compiler threads' share left after warm-up is what a warm system still compiles).
 */
final class SteadyState {
    private final Api api;
    private final CpuTime cpu;
    private final ThreadCpu threads;

    SteadyState(Api api, CpuTime cpu, ThreadCpu threads) {
        this.api = api;
        this.cpu = cpu;
        this.threads = threads;
    }

    Map<String, Object> run(int rate, Duration warmUp, Duration measured) throws InterruptedException {
        int warmUpCount = (int) (rate * warmUp.toSeconds());
        int measuredCount = (int) (rate * measured.toSeconds());
        List<String> cases = EscalationLatency.openCases(api, warmUpCount + measuredCount);
        Downstream.awaitCaughtUp(api.system()); // the opened cases' team and digest events first, as in step 1
        EscalationLatency.Result warm;
        try (EscalationLatency run = new EscalationLatency(api)) {
            warm = run.run(cases.subList(0, warmUpCount), rate);
        }
        System.out.println("  warm-up (not counted): " + warm.endToEnd() + ", received " + warm.received() + " of "
                + warm.sent());
        Map<String, Double> before = cpu.snapshot();
        Map<String, Map<String, Long>> threadsBefore = threads.snapshot();
        EscalationLatency.Result latency;
        try (EscalationLatency run = new EscalationLatency(api)) {
            latency = run.run(cases.subList(warmUpCount, cases.size()), rate);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rate", rate);
        figures.put("warmUpSeconds", warmUp.toSeconds());
        figures.put("measuredSeconds", measured.toSeconds());
        figures.put("escalation", latency);
        figures.put("cpuMillisPerEscalation", Main.cpuPer(CpuTime.since(before, cpu.snapshot()), latency.sent(), "escalation"));
        figures.put("cpuMillisPerEscalationByThread", ThreadCpu.perOperation(threadsBefore, threads.snapshot(), latency.sent()));
        System.out.println("  end to end: " + latency.endToEnd() + "\n  POST answer: " + latency.postAnswer()
                + "\n  received " + latency.received() + " of " + latency.sent() + ", errors " + latency.errors());
        return figures;
    }
}
