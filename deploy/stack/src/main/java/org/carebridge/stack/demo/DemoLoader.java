package org.carebridge.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.carebridge.stack.demo.DemoPlan.DemoCase;
import org.carebridge.stack.demo.DemoPlan.Ending;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the demo data set (docs/demo-data.md) through the gateway, as its users would: cases, escalations that
 * end at each tier (and a few kept open at each), consultations, referrals and advice, a few handovers, then per
 * region lessons, a barrier register entry with evidence, a policy signal and an advisory session. Idempotent: a case whose synthetic name exists is left as
 * it is, and so is a lesson, barrier or session already there; when the plan's last case exists, nothing is done.
 */
public final class DemoLoader {
    /** Kafka carries each step to the next tier within seconds; this is the patience for a slow first start. */
    private static final Duration ARRIVAL = Duration.ofMinutes(2);
    /** Marks every free text as made up; never the word "Demo", which is every synthetic youth's given name. */
    private static final String SYNTHETIC = "[synthetic example] ";

    private final DemoClient client;
    private final Backdating backdating;
    private final DemoPlan plan;
    private final LocalDate today;

    public DemoLoader(String gatewayUrl, String keycloakUrl, String jdbcBase, OffsetDateTime now) {
        this.client = new DemoClient(gatewayUrl, keycloakUrl);
        this.backdating = new Backdating(jdbcBase);
        this.plan = DemoPlan.of(now);
        this.today = now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /** @return the number of cases loaded now (0: an earlier start loaded them) */
    public int load(int threads) {
        if (exists(plan.last())) {
            return 0;
        }
        AtomicInteger loaded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (DemoCase c : plan.cases()) {
                running.add(pool.submit(() -> {
                    if (!exists(c)) {
                        load(c);
                        loaded.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        for (DemoPlan.Region region : plan.regions()) {
            advisoryWork(region);
        }
        handovers(); // last: the newest part of the demo, so a refusal there leaves everything else loaded
        return loaded.get();
    }

    private boolean exists(DemoCase c) {
        return idOf(c) != null;
    }

    /** The case's id as its worker finds it by its synthetic name; null before it is loaded. */
    private String idOf(DemoCase c) {
        JsonNode found = client.get(c.worker(), "/api/cases?q=" + DemoClient.encode(c.familyName()))
                .expect("search " + c.familyName());
        return found.path("items").size() == 0 ? null : found.path("items").get(0).path("id").asText();
    }

    /**
     * Each planned handover, requested by the case's worker and accepted by its receiver where the plan says so; a
     * case with a handover already (an earlier start) is left alone.
     */
    private void handovers() {
        for (DemoPlan.Handover h : plan.handovers()) {
            DemoCase c = h.of();
            String handovers = "/api/cases/" + idOf(c) + "/handovers";
            if (client.get(c.worker(), handovers).expect("handovers of " + c.familyName()).size() > 0) {
                continue;
            }
            String id = client.post(c.worker(), handovers, Map.of("scope",
                            "LEAD_CHANGE".equals(h.reason()) ? "LEAD" : "CASE", "reason", h.reason(),
                            "toUsername", h.to(), "toOrganisation", h.toOrganisation()))
                    .expect("hand over " + c.familyName()).path("id").asText();
            if (h.accepted()) {
                client.post(h.to(), "/api/cases/handovers/" + id + "/accept", null)
                        .expect("accept the handover of " + c.familyName());
            }
        }
    }

    private void load(DemoCase c) {
        String w = c.worker();
        Map<String, Object> youth = Map.of("givenName", DemoCase.GIVEN_NAME, "familyName", c.familyName(),
                "dateOfBirth", c.dateOfBirth().toString());
        String caseId = client.post(w, "/api/cases", Map.of("youth", youth, "intensity", c.intensity(),
                "domains", c.domains())).expect("create " + c.familyName()).path("id").asText();
        if (c.escalation() != null) {
            escalate(c, caseId);
        }
        backdating.opened(UUID.fromString(caseId), c);
        // a change after the backdating: its digest carries the planned times to advisory-service's statistics
        client.post(w, "/api/cases/" + caseId + "/goals", Map.of("domain", c.domains().get(0),
                "title", SYNTHETIC + "a first goal for the team", "owner", w,
                "dueDate", today.plusDays(30 + c.number() % 60).toString())).expect("goal of " + c.familyName());
        if (c.closure() != null) {
            client.post(w, "/api/cases/" + caseId + "/close", Map.of("outcome", c.closure().outcome()))
                    .expect("close " + c.familyName());
            backdating.closed(UUID.fromString(caseId), c.closure());
        }
    }

    private void escalate(DemoCase c, String caseId) {
        DemoPlan.Escalation e = c.escalation();
        String w = c.worker();
        String path = "/api/cases/" + caseId + "/escalations";
        String id = client.post(w, path, Map.of("barrier", e.barrier(), "urgency", e.urgency(),
                        "whatWasTried", SYNTHETIC + "The team talked it through and tried the usual routes.",
                        "triedMeasures", List.of("TEAM_MEETING")))
                .expect("escalate " + c.familyName()).path("id").asText();
        String mine = path + "/" + id;
        if (e.ending() == Ending.TEAM) {
            client.post(w, mine + "/withdrawal", null).expect("withdraw " + c.familyName());
            return;
        }
        if (e.ending() == Ending.OPEN_RAISED) {
            return; // waits unclaimed in the coordinator's inbox, re-notified there like any unclaimed escalation
        }
        String coordinator = c.region().coordinator();
        String bridge = "/api/network/escalations/" + id;
        client.await(coordinator, bridge, b -> true, ARRIVAL);
        client.post(coordinator, bridge + "/claim", null).expect("claim " + c.familyName());
        int steps = landed(w, mine, 1);
        switch (e.ending()) {
            case BRIDGE -> {
                if (e.consultation()) {
                    consult(c, bridge);
                    landed(w, mine, steps + 2);
                }
                resolve(c, bridge, mine, "The bridge found a place through the regional offer.");
            }
            case ADVISORY, OPEN_AT_ADVISORY -> {
                String referral = client.post(coordinator, bridge + "/referral", Map.of("question",
                                SYNTHETIC + "Which structural route exists for this barrier?"))
                        .expect("refer " + c.familyName()).path("referral").path("id").asText();
                steps = landed(w, mine, steps + 1);
                if (e.ending() == Ending.ADVISORY) {
                    String advisor = c.region().advisor();
                    String at = "/api/advisory/referrals/" + referral;
                    client.await(advisor, at, b -> true, ARRIVAL);
                    client.post(advisor, at + "/advice", Map.of("advice",
                            SYNTHETIC + "Ask the municipality for the exception route used elsewhere."))
                            .expect("advise " + c.familyName());
                    // the advice unblocked the team; the bridge closes the escalation, which stays ended by ADVISORY
                    client.await(coordinator, bridge, b -> "ADVISED".equals(b.path("status").asText()), ARRIVAL);
                    client.await(w, mine, b -> "ADVISED".equals(b.path("status").asText()), ARRIVAL);
                    resolve(c, bridge, mine, "The advice worked: the municipality granted the exception.");
                }
            }
            default -> { // open at the bridge: claimed, nothing more yet
            }
        }
    }

    /**
     * Waits until case-service shows at least {@code count} ladder steps of the escalation, as the team would see them
     * before anyone acts again. Needed, not only polite: case-service applied a step and a resolution of the same
     * escalation that arrived together so that the resolution was lost (see the report of this change).
     */
    private int landed(String worker, String escalation, int count) {
        JsonNode view = client.await(worker, escalation, b -> b.path("ladder").path("steps").size() >= count, ARRIVAL);
        return view.path("ladder").path("steps").size();
    }

    /** The coordinator resolves; the ending travels back to case-service by Kafka, where the backdating must find it. */
    private void resolve(DemoCase c, String bridge, String mine, String advice) {
        client.post(c.region().coordinator(), bridge + "/resolution", Map.of("outcome", c.number() % 3 == 0
                ? "PARTLY_UNBLOCKED" : "UNBLOCKED", "advice", SYNTHETIC + advice)).expect("resolve " + c.familyName());
        client.await(c.worker(), mine, b -> "RESOLVED".equals(b.path("status").asText()), ARRIVAL);
    }

    private void consult(DemoCase c, String bridge) {
        JsonNode view = client.post(c.region().coordinator(), bridge + "/consultations", Map.of(
                        "meetsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString(),
                        "agenda", SYNTHETIC + "Who can offer a place this month?",
                        "members", List.of(c.worker()), "organisations", List.of("employment-agency")))
                .expect("convene for " + c.familyName());
        JsonNode tables = view.path("consultations");
        String table = tables.get(tables.size() - 1).path("id").asText();
        client.post(c.region().coordinator(), bridge + "/consultations/" + table + "/outcome",
                        Map.of("outcome", SYNTHETIC + "The table agreed on a trial placement."))
                .expect("conclude the table of " + c.familyName());
    }

    /** The ending travels back to case-service by Kafka; the backdating must find it there. */
    private void arrived(String worker, String escalation, String status) {
        client.await(worker, escalation, b -> status.equals(b.path("status").asText()), ARRIVAL);
    }

    /** Per region: lessons (published), a barrier entry with referrals as evidence, its signal, a session. */
    private void advisoryWork(DemoPlan.Region region) {
        String a = region.advisor();
        String r = region.name();
        Map<String, String> lessons = new LinkedHashMap<>();
        lessons.put("Demo (" + r + "): a bridging class mid-year", "LESSON");
        lessons.put("Demo (" + r + "): from reception class to apprenticeship", "SUCCESS_STORY");
        JsonNode existing = client.get(a, "/api/advisory/lessons?size=100&region=" + r).expect("lessons of " + r);
        List<String> titles = new ArrayList<>();
        existing.path("items").forEach(l -> titles.add(l.path("title").asText()));
        lessons.forEach((title, kind) -> {
            if (!titles.contains(title)) {
                String id = client.post(a, "/api/advisory/lessons", Map.of("kind", kind, "title", title,
                                "summary", SYNTHETIC + "What worked, written for teams that meet the same barrier.",
                                "barriers", List.of("SCHOOL_ACCESS", "LANGUAGE"), "domains", List.of("SCHOOL"),
                                "regions", List.of(r)))
                        .expect("lesson " + title).path("id").asText();
                client.post(a, "/api/advisory/lessons/" + id + "/publication", null).expect("publish " + title);
            }
        });
        String barrier = mostReferredBarrier(region);
        String title = "Demo (" + r + "): " + barrier.toLowerCase().replace('_', ' ') + " blocks young people";
        boolean there = false;
        for (JsonNode b : client.get(a, "/api/advisory/barriers?size=100").expect("barriers of " + r).path("items")) {
            there |= title.equals(b.path("title").asText());
        }
        if (!there) {
            String id = client.post(a, "/api/advisory/barriers", Map.of("title", title, "description",
                            SYNTHETIC + "Several teams of the region were stuck on the same barrier.",
                            "category", barrier, "owner", a))
                    .expect("barrier " + title).path("id").asText();
            int evidence = 0;
            for (JsonNode referral : client.get(a, "/api/advisory/referrals?size=100").expect("referrals").path("items")) {
                if (barrier.equals(referral.path("barrier").asText()) && evidence++ < 3) {
                    client.post(a, "/api/advisory/barriers/" + id + "/evidence",
                            Map.of("referralId", referral.path("id").asText())).expect("evidence for " + title);
                }
            }
            client.post(a, "/api/advisory/barriers/" + id + "/signals?months=18", null).expect("signal " + title);
        }
        if (client.get(a, "/api/advisory/sessions?size=1").expect("sessions").path("items").isEmpty()) {
            client.post(a, "/api/advisory/sessions", Map.of("date", today.plusDays(7).toString(),
                    "members", List.of(a), "agendaSize", 5)).expect("session of " + r);
        }
    }

    private String mostReferredBarrier(DemoPlan.Region region) {
        Map<String, Integer> counts = new HashMap<>();
        for (DemoCase c : plan.cases()) {
            if (c.region().equals(region) && c.escalation() != null && c.escalation().referred()) {
                counts.merge(c.escalation().barrier(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("SCHOOL_ACCESS");
    }

    public DemoPlan plan() {
        return plan;
    }
}
