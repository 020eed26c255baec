package org.carebridge.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Open-loop saturation: escalations at a fixed rate for a step, then a higher rate, until the end-to-end p99 passes
 * the limit or an escalation fails or never reaches the coordinator's stream; the highest rate held is the result.
 * The cases of every step are opened before the first, so opening cases is not part of the load; Carebridge's then
 * wait, as step 1's do, until their team and digest events are consumed downstream ({@link Downstream}).
 */
final class Saturation {
    static final int[] RATES = {5, 10, 20, 30, 40, 60, 80, 120, 160, 240};
    static final double P99_LIMIT_MS = 200;

    record Step(int rate, double sentPerSecond, Percentiles endToEnd, int sent, int received, int errors, boolean held) {
    }

    private final Api api;
    private final Workflow workflow;
    private final Duration step;
    private final int maxRate;

    Saturation(Api api, Workflow workflow, Duration step, int maxRate) {
        this.api = api;
        this.workflow = workflow;
        this.step = step;
        this.maxRate = maxRate;
    }

    Map<String, Object> run() throws InterruptedException {
        int[] rates = java.util.Arrays.stream(RATES).filter(r -> r <= maxRate).toArray();
        List<String> opened = EscalationLatency.openCases(api, workflow,
                (int) (java.util.Arrays.stream(rates).sum() * step.toSeconds()));
        if (workflow == Workflow.CAREBRIDGE) {
            Downstream.awaitCaughtUp(api.system());
        }
        List<Step> steps = new ArrayList<>();
        int held = 0;
        int next = 0;
        for (int rate : rates) {
            List<String> cases = opened.subList(next, next + (int) (rate * step.toSeconds()));
            next += cases.size();
            EscalationLatency.Result r;
            try (EscalationLatency latency = new EscalationLatency(api, workflow)) {
                r = latency.run(cases, rate);
            }
            // a rate is held when every escalation arrived, none failed, the tail stayed under the limit and the
            // driver itself kept the pace (a driver that falls behind would flatter the system)
            boolean ok = r.errors() == 0 && r.received() == r.sent() && r.endToEnd().p99() <= P99_LIMIT_MS
                    && r.sentPerSecond() >= 0.95 * rate;
            steps.add(new Step(rate, r.sentPerSecond(), r.endToEnd(), r.sent(), r.received(), r.errors(), ok));
            System.out.printf(Locale.ROOT, "  %s %3d/s: %s, received %d of %d, errors %d%s%n", workflow.name(), rate,
                    r.endToEnd(), r.received(), r.sent(), r.errors(), ok ? "" : "  <- not held");
            if (!ok) {
                break;
            }
            held = rate;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("highestRateHeld", held);
        result.put("p99LimitMs", P99_LIMIT_MS);
        result.put("stepSeconds", step.toSeconds());
        result.put("steps", steps);
        return result;
    }
}
