package org.carebridge.proof;

import com.fasterxml.jackson.databind.JsonNode;
import org.carebridge.proof.AccessRules.Rule;
import org.carebridge.proof.ApiDocument.Endpoint;
import org.carebridge.proof.BadInputs.Probe;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At least 10,000 bad requests over every operation of every service, generated from the OpenAPI documents
 * (BadInputs: a fixed catalogue per operation, then seeded random ones), sent by a caller who may make the call,
 * half straight at the service and half through the gateway, four at a time. Every answer must be below 500, and
 * every 4xx application/problem+json with a title, naming the field a request got wrong when it answers 400.
 * A 2xx to a request that is surely wrong is a finding too. Prints the counts.
 * <p>
 * {@code -Dproof.requests=N} changes the size, {@code -Dproof.seed=S} the random part.
 */
class BadInputCampaignIT {

    private static final int REQUESTS = Integer.getInteger("proof.requests", 10_000);
    private static final long SEED = Long.getLong("proof.seed", 20261129L);
    private static final int THREADS = 4;

    private final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fiveHundreds = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** The JSON-structure and path-trick classes, each counted on its own: class -> status -> requests. */
    private final Map<String, Map<Integer, AtomicInteger>> byClass = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> findingsByClass = new ConcurrentHashMap<>();

    @Test
    void badInputIsAnsweredWithAProblemNamingItAndNever5xx() throws Exception {
        ProofSystem proof = ProofSystem.get();
        World world = World.create(proof.system);
        List<Probe> probes = probes(proof, world);
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < probes.size(); i++) {
                Probe probe = probes.get(i);
                String base = proof.url(i % 2 == 0 ? probe.endpoint().service() : "gateway");
                sent.add(pool.submit(() -> send(probe, base)));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        pathTricks(proof.url("gateway"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<Integer, Integer> statuses = new TreeMap<>();
        byStatus.forEach((s, n) -> statuses.put(s, n.get()));
        int total = statuses.values().stream().mapToInt(Integer::intValue).sum();
        long operations = probes.stream().map(p -> p.endpoint().key()).distinct().count();
        System.out.printf("BadInputCampaignIT: %d requests sent over %d operations (seed %d) in %.1f s, by status %s, "
                        + "5xx %d %s, %d findings%n", total, operations, SEED, seconds, statuses,
                fiveHundreds.values().stream().mapToInt(AtomicInteger::get).sum(), fiveHundreds, failures.size());
        printClasses();
        List<String> findings = sorted(failures);
        Files.write(Path.of("target", "bad-input-findings.txt"), findings);
        assertEquals(List.of(), AccessMatrixIT.abbreviated(findings), "all of them in target/bad-input-findings.txt");
        assertTrue(total >= REQUESTS, "sent only " + total);
        assertEquals(proof.endpoints().size(), operations, "some operation got no bad input");
        // a 429 is the gateway's rate limit answering instead of the code under test (SystemUnderTest lifts the limit)
        assertEquals(0, statuses.getOrDefault(429, 0), "bad input stopped by the rate limit never reached the services");
    }

    private static List<Probe> probes(ProofSystem proof, World world) {
        List<Probe> fixed = new ArrayList<>();
        List<BadInputs> generators = new ArrayList<>();
        for (Endpoint endpoint : proof.endpoints()) {
            Rule rule = AccessRules.of(endpoint).orElseThrow(() ->
                    new AssertionError(endpoint + " has no rule in AccessRules: who may call it?"));
            BadInputs inputs = new BadInputs(endpoint, proof.documents.get(endpoint.service()), world, rule.query());
            generators.add(inputs);
            fixed.addAll(inputs.fixed());
        }
        List<Probe> all = new ArrayList<>(fixed);
        Random random = new Random(SEED);
        int perOperation = Math.max(0, (REQUESTS - fixed.size() + generators.size() - 1) / generators.size());
        for (BadInputs inputs : generators) {
            all.addAll(inputs.random(random, perOperation));
        }
        // the changes that end an object's life (close, erase, withdraw, decide, delete) go last
        all.sort((a, b) -> Boolean.compare(ending(a.endpoint()), ending(b.endpoint())));
        return all;
    }

    private static boolean ending(Endpoint endpoint) {
        return endpoint.method().equals("DELETE") || Arrays.stream(new String[]{"/close", "/erasure", "/withdrawal",
                "/accept", "/decline", "/revoke", "/publication"}).anyMatch(endpoint.path()::endsWith);
    }

    private void send(Probe probe, String base) {
        Rule rule = AccessRules.of(probe.endpoint()).orElseThrow();
        String what = probe.endpoint().key() + " [" + probe.kind() + "] via " + (base.equals(ProofSystem.get()
                .url("gateway")) ? "gateway" : "service");
        HttpCalls.Answer answer;
        try {
            answer = HttpCalls.send(probe.endpoint().method(), base + probe.pathAndQuery(),
                    World.token(rule.access().caller.username), probe.contentType(), probe.body());
        } catch (RuntimeException e) {
            failures.add(what + ": no answer: " + e.getMessage());
            return;
        }
        int status = answer.status();
        byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        String mutation = JsonStructure.classOf(probe.kind());
        int before = failures.size();
        if (status >= 500) {
            fiveHundreds.computeIfAbsent(probe.endpoint().service(), s -> new AtomicInteger()).incrementAndGet();
            failures.add(what + ": " + status + " " + HttpCalls.abbreviated(answer.text()));
        } else if (status >= 400) {
            problem(what, probe, answer);
        } else if (probe.surelyBad() && status < 300) {
            failures.add(what + ": accepted with " + status);
        }
        if (mutation != null) {
            count("json " + mutation, status, failures.size() > before);
        }
    }

    /**
     * Non-normalised paths through the gateway, with and without a token: never 5xx, never the thing aimed at
     * (any 2xx), a 4xx as problem+json. A redirect (to the sign-in page) reaches nothing.
     */
    private void pathTricks(String gateway) {
        for (PathTricks.Trick trick : PathTricks.all()) {
            for (String token : new String[] {World.token("anna"), null}) {
                String what = "gateway GET " + trick.path() + " [path " + trick.kind() + "]"
                        + (token == null ? " without a token" : "");
                HttpCalls.Answer answer;
                try {
                    answer = PathTricks.get(gateway, trick.path(), token);
                } catch (RuntimeException e) {
                    failures.add(what + ": no answer: " + e.getMessage());
                    count("path " + trick.kind(), 0, true);
                    continue;
                }
                int status = answer.status();
                byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                String wrong = status >= 500 ? status + " " + HttpCalls.abbreviated(answer.text())
                        : status < 300 ? "routed with " + status + ": " + HttpCalls.abbreviated(answer.text())
                        : PathTricks.refusedBeforeTheRouter(trick.path()) ? (status == 400 ? null
                        : "not refused before the router: " + status)
                        : status >= 400 && !answer.isProblem() ? status + " as " + answer.contentType()
                        + ", not problem+json" : null;
                if (status >= 500) {
                    fiveHundreds.computeIfAbsent("gateway", s -> new AtomicInteger()).incrementAndGet();
                }
                if (wrong != null) {
                    failures.add(what + ": " + wrong);
                }
                count("path " + trick.kind(), status, wrong != null);
            }
        }
    }

    private void count(String mutationClass, int status, boolean finding) {
        byClass.computeIfAbsent(mutationClass, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        AtomicInteger found = findingsByClass.computeIfAbsent(mutationClass, c -> new AtomicInteger());
        if (finding) {
            found.incrementAndGet();
        }
    }

    private void printClasses() {
        List<String> classes = new ArrayList<>();
        JsonStructure.CLASSES.forEach(c -> classes.add("json " + c));
        PathTricks.CLASSES.forEach(c -> classes.add("path " + c));
        for (String c : classes) {
            Map<Integer, Integer> statuses = new TreeMap<>();
            byClass.getOrDefault(c, Map.of()).forEach((s, n) -> statuses.put(s, n.get()));
            int sent = statuses.values().stream().mapToInt(Integer::intValue).sum();
            long fives = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
            System.out.printf("BadInputCampaignIT:   %-22s %5d requests, by status %s, 5xx %d, findings %d%n", c, sent,
                    statuses, fives, findingsByClass.getOrDefault(c, new AtomicInteger()).get());
        }
    }

    private void problem(String what, Probe probe, HttpCalls.Answer answer) {
        if (!answer.isProblem()) {
            failures.add(what + ": " + answer.status() + " as " + answer.contentType() + ", not problem+json: "
                    + HttpCalls.abbreviated(answer.text()));
            return;
        }
        JsonNode problem = answer.json();
        if (problem.path("status").asInt() != answer.status() || problem.path("title").asText().isBlank()) {
            failures.add(what + ": problem without its status or title: " + HttpCalls.abbreviated(answer.text()));
        }
        if (answer.status() != 400 || probe.field() == null) {
            return;
        }
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(e -> named.add(e.path("field").asText()));
        for (String field : probe.field().split(",")) {
            boolean found = named.stream().anyMatch(n -> n.equals(field) || n.startsWith(field + ".")
                    || n.startsWith(field + "["));
            if (!found) {
                failures.add(what + ": 400 names " + named + ", not " + field + ": "
                        + HttpCalls.abbreviated(problem.path("detail").asText()));
            }
        }
    }

    private static List<String> sorted(List<String> failures) {
        synchronized (failures) {
            // one line per distinct finding (operation, kind and what went wrong), not per request
            return failures.stream().map(f -> f.replaceAll("via (gateway|service)", "").replaceAll("[0-9a-f-]{36}", "<id>"))
                    .distinct().sorted().toList();
        }
    }
}
