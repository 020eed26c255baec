package org.carebridge.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Issue 22, item 6: the whole loop as users walk it, once a second for as long as asked: ben opens a case, writes a
 * note and escalates it; bruno claims the escalation and refers it to the advisory group once it reached the
 * bridge; ada advises once the referral reached the group. RSS of every service is read each minute. A leak shows
 * as growth that goes on after the first minutes (warm-up: heaps sized to the load, code compiled, pools filled).
 */
final class Soak {
    /** How long a step waits for its event to arrive downstream before it counts as an error. */
    private static final long GIVE_UP_NANOS = Duration.ofMinutes(2).toNanos();
    private static final Duration WARM_UP = Duration.ofMinutes(5);

    private record Pending(String id, long since) {
    }

    private final Api api;
    private final RunningSystem system;
    private final Queue<Pending> toClaim = new ArrayDeque<>();
    private final Queue<Pending> toAdvise = new ArrayDeque<>();
    private final Map<String, AtomicInteger> done = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> errors = new LinkedHashMap<>();

    Soak(Api api, RunningSystem system) {
        this.api = api;
        this.system = system;
        for (String step : List.of("case", "note", "escalation", "claim", "referral", "advice")) {
            done.put(step, new AtomicInteger());
            errors.put(step, new AtomicInteger());
        }
    }

    Map<String, Object> run(Duration length) throws InterruptedException {
        List<Map<String, Object>> minutes = new ArrayList<>();
        long start = System.nanoTime();
        long nextMinute = start;
        int mixes = 0;
        while (System.nanoTime() - start < length.toNanos()) {
            long now = System.nanoTime();
            if (now >= nextMinute) {
                Map<String, Object> sample = new LinkedHashMap<>();
                sample.put("minute", minutes.size());
                sample.put("rssMiB", system.rssMiB());
                sample.put("errors", errorCount());
                minutes.add(sample);
                System.out.printf(Locale.ROOT, "  minute %2d: RSS %s MiB, mixes %d, errors %d%n", minutes.size() - 1,
                        sample.get("rssMiB"), mixes, errorCount());
                nextMinute += Duration.ofMinutes(1).toNanos();
            }
            mix(mixes++);
            long due = start + mixes * 1_000_000_000L;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
        }
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("minute", minutes.size());
        last.put("rssMiB", system.rssMiB());
        last.put("errors", errorCount());
        minutes.add(last);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("minutes", length.toMinutes());
        figures.put("mixes", mixes);
        figures.put("done", done);
        figures.put("errors", errors);
        figures.put("rssEveryMinute", minutes);
        figures.put("growth", growth(minutes));
        System.out.println("  done " + done + ", errors " + errors + "\n  RSS growth: " + figures.get("growth"));
        return figures;
    }

    /** One mix: new work up front, then the steps whose event has had two seconds or more to travel. */
    private void mix(int n) {
        String caseId = step("case", () -> api.call(Workloads.WRITER, "/api/cases",
                Workflow.CAREBRIDGE.newCase(n)).get("id").asText());
        if (caseId != null && step("note", () -> api.call(Workloads.WRITER, "/api/cases/" + caseId + "/notes",
                Map.of("kind", "NOTE", "text", "soak note " + n)).toString()) != null) {
            String escalationId = step("escalation", () -> api.call(Workloads.WRITER,
                    Workflow.CAREBRIDGE.escalationsPath(caseId), Api.read(Workflow.ESCALATION)).get("id").asText());
            if (escalationId != null) {
                toClaim.add(new Pending(escalationId, System.nanoTime()));
            }
        }
        Pending escalation = due(toClaim);
        if (escalation != null && arrived("claim", escalation, toClaim,
                post("claim", "bruno", "/api/network/escalations/" + escalation.id() + "/claim", ""))) {
            String referralId = step("referral", () -> api.call("bruno", "/api/network/escalations/"
                    + escalation.id() + "/referral", Map.of("question", "What else could open a school place?"))
                    .path("referral").path("id").asText());
            if (referralId != null) {
                toAdvise.add(new Pending(referralId, System.nanoTime()));
            }
        }
        Pending referral = due(toAdvise);
        if (referral != null) {
            arrived("advice", referral, toAdvise, post("advice", "ada", "/api/advisory/referrals/" + referral.id()
                    + "/advice", Api.json(Map.of("advice", "Ask the reception class for a bridging place."))));
        }
    }

    /** The oldest pending step once its event has had two seconds to reach the next service. */
    private static Pending due(Queue<Pending> queue) {
        Pending head = queue.peek();
        return head != null && System.nanoTime() - head.since() > 2_000_000_000L ? queue.poll() : null;
    }

    /** A 404 means the event has not reached that service yet: try again later, for up to two minutes. */
    private boolean arrived(String step, Pending pending, Queue<Pending> queue, Integer status) {
        if (status == null) {
            return false; // counted as an error already
        }
        if (status == 404) {
            if (System.nanoTime() - pending.since() < GIVE_UP_NANOS) {
                queue.add(new Pending(pending.id(), pending.since()));
            } else {
                error(step, pending.id() + " never arrived");
            }
            return false;
        }
        done.get(step).incrementAndGet();
        return true;
    }

    /** The status of a 2xx or 404 answer; null (an error) for any other or none. */
    private Integer post(String step, String user, String path, String body) {
        try {
            HttpResponse<String> response = api.send(api.request(user, path).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (response.statusCode() / 100 == 2 || response.statusCode() == 404) {
                return response.statusCode();
            }
            error(step, path + " answered " + response.statusCode() + ": " + response.body());
        } catch (RuntimeException e) {
            error(step, e.getMessage());
        }
        return null;
    }

    private String step(String step, Supplier<String> call) {
        try {
            String id = call.get();
            done.get(step).incrementAndGet();
            return id;
        } catch (RuntimeException e) {
            error(step, e.getMessage());
            return null;
        }
    }

    private void error(String step, String message) {
        if (errors.get(step).incrementAndGet() <= 3) {
            System.err.println("  soak " + step + " failed: " + message);
        }
    }

    private int errorCount() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Per service: growth over the warm-up (first five minutes) and after it to the end, in percent. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Double>> growth(List<Map<String, Object>> minutes) {
        Map<String, Long> first = (Map<String, Long>) minutes.get(0).get("rssMiB");
        Map<String, Long> warm = (Map<String, Long>) minutes.get(Math.min((int) WARM_UP.toMinutes(), minutes.size() - 1)).get("rssMiB");
        Map<String, Long> last = (Map<String, Long>) minutes.get(minutes.size() - 1).get("rssMiB");
        Map<String, Map<String, Double>> growth = new LinkedHashMap<>();
        first.forEach((service, mib) -> growth.put(service, Map.of(
                "warmUpPercent", percent(mib, warm.get(service)),
                "afterWarmUpPercent", percent(warm.get(service), last.get(service)))));
        return growth;
    }

    private static double percent(long from, long to) {
        return Math.round(1000.0 * (to - from) / from) / 10.0;
    }
}
