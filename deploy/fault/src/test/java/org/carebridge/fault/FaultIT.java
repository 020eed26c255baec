package org.carebridge.fault;

import org.carebridge.fault.Journey.Outcome;
import org.carebridge.fault.Journey.Plan;
import org.carebridge.fault.Tally.Figures;
import org.carebridge.stack.SupervisorControl;
import org.carebridge.stack.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing is lost and nothing doubles while the system crashes: N escalations and their follow-ups go through
 * the gateways of the packaged system while the broker, every service and the database go down and come back, and,
 * with replicas, while replicas are restarted in turn (SIGTERM, as a rolling update does: one per service in the
 * short run, every one in the full run); then every escalation must be in the bridge inbox exactly
 * once and every advice in its case's timeline once. The load goes on past N until every crash happened under it.
 * N, the rounds of crashes, the number of concurrent clients and the replicas of every service come from the pom
 * (short run; -Pfault full; -Dfault.replicas=1 the system as one process per service).
 */
class FaultIT {
    /** How long delivery may take to catch up after the last crash before what is missing counts as lost. */
    private static final Duration SETTLE = Duration.ofMinutes(10);
    private static final Pattern LOST_REFERRAL = Pattern.compile("never saw /api/advisory/referrals/([0-9a-f-]{36})");

    @Test
    void everyEscalationArrivesOnceAndEveryAdviceReachesItsCaseThroughCrashes() throws Exception {
        int total = Integer.getInteger("fault.escalations", 300);
        int rounds = Integer.getInteger("fault.rounds", 1);
        int clients = Integer.getInteger("fault.clients", 12);
        int replicas = Integer.getInteger("fault.replicas", 2);
        boolean rollEvery = "every".equals(System.getProperty("fault.roll", "one"));
        long started = System.nanoTime();
        SystemUnderTest system = SystemUnderTest.startForFaults(replicas);
        System.out.printf("[fault] the system (%d replicas of every service) started in %.0f s%n", replicas,
                (System.nanoTime() - started) / 1e9);
        Gateway gateway = new Gateway(system.gatewayUrls());
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        ReplicaStreams streams = new ReplicaStreams(system, gateway);
        if (replicas > 1) { // before any crash: a coordinator hears what another replica consumed
            System.out.println("[fault] the live streams on every network-service replica heard one new escalation: "
                    + streams.everyReplicaHearsANewEscalation().keySet());
        }

        AtomicInteger sent = new AtomicInteger();
        Chaos chaos = new Chaos(system, gateway, total, rounds, rollEvery, sent::get);
        Thread chaosThread = new Thread(chaos, "fault-chaos");
        long t0 = System.nanoTime();
        chaosThread.start();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        java.util.concurrent.ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> System.out.printf("[fault] %.0f s: %d of %d escalations sent, %d requests,"
                + " retried %s, crashes %s%n", (System.nanoTime() - t0) / 1e9, sent.get(), total, gateway.requests.get(),
                gateway.retries, chaos.done), 60, 60, java.util.concurrent.TimeUnit.SECONDS);
        List<Future<Outcome>> journeys = new ArrayList<>();
        // a few journeys queued per client, no more: the load stops soon after the chaos did
        Semaphore queued = new Semaphore(2 * clients);
        for (int i = 0; i < total || chaosThread.isAlive(); i++) {
            Plan plan = Plan.of(i, run);
            queued.acquire();
            journeys.add(pool.submit(() -> {
                try {
                    return new Journey(gateway, plan).run(sent::incrementAndGet);
                } finally {
                    queued.release();
                }
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        for (Future<Outcome> journey : journeys) {
            try {
                outcomes.add(journey.get());
            } catch (ExecutionException e) {
                failures.merge(String.valueOf(e.getCause().getMessage()), 1, Integer::sum);
            }
        }
        pool.shutdown();
        progress.shutdownNow();
        chaosThread.join();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        Tally tally = new Tally(gateway);
        List<Outcome> advised = outcomes.stream().filter(Outcome::advised).toList();
        Figures escalations = tally.escalations(outcomes);
        Figures advice = tally.advice(advised);
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while ((escalations.lost() > 0 || advice.lost() > 0) && System.nanoTime() < deadline) {
            Gateway.pause(5000); // delivery may still be catching up after the last restart
            escalations = tally.escalations(outcomes);
            advice = tally.advice(advised);
        }
        Map<String, List<String>> deadLetters = tally.deadLetters();

        System.out.printf("[fault] %d escalations by %d clients through %d gateways (%d replicas of every service) in"
                + " %.0f s, %d requests; crashes: %s%n", journeys.size(), clients, replicas, replicas, loadSeconds,
                gateway.requests.get(), chaos.done);
        System.out.printf("[fault] rolling restart: %d requests sent while a replica restarted, %d of them answered"
                + " down (then retried by the client); journeys failed in the whole run: %d%n",
                gateway.rollingRequests.get(), gateway.rollingDown.get(),
                failures.values().stream().mapToInt(Integer::intValue).sum());
        System.out.println("[fault] retried requests: " + new TreeMap<>(gateway.retries));
        gateway.serverErrors.forEach((what, n) -> System.out.println("[fault] HTTP 500 " + n + "x: " + what));
        System.out.println("[fault] " + escalations);
        System.out.println("[fault] " + advice);
        System.out.println("[fault] dead letters: " + deadLetters);
        List<String> killedAfterGrace = chaos.took.entrySet().stream()
                .filter(step -> step.getValue().contains(SupervisorControl.KILLED_AFTER_GRACE))
                .map(Map.Entry::getKey).sorted().toList();
        System.out.println("[fault] SIGTERM restarts that ended in SIGKILL: " + killedAfterGrace);
        Map<String, String> streamEndings = streams.endings();
        System.out.println("[fault] how the live streams held on each network-service replica ended: " + streamEndings);
        failures.forEach((why, n) -> System.out.println("[fault] journey failed " + n + "x: " + why));
        Trace trace = new Trace(system);
        List<String> lostReferrals = failures.keySet().stream().map(LOST_REFERRAL::matcher).filter(Matcher::find)
                .map(m -> trace.referral(m.group(1))).toList();
        lostReferrals.forEach(where -> System.out.println("[fault] " + where));
        if (!advised.isEmpty()) { // what the trace shows for a referral that did arrive, to compare with a lost one
            System.out.println("[fault] delivered " + trace.referral(advised.get(0).referralId()));
        }

        assertNull(chaos.failure, () -> "a crash could not be carried out: " + chaos.failure);
        assertEquals(List.of(), killedAfterGrace, "a SIGTERM stop is clean, within the grace period");
        for (String replica : chaos.rolledNeverKilled("network-service")) {
            // a stream never ends by itself: unless the replica ends it on SIGTERM, its stop waits out the shutdown
            // timeout and then cuts the connection
            assertEquals(ReplicaStreams.ENDED_BY_THE_REPLICA, streamEndings.get(replica),
                    replica + "'s live stream at its SIGTERM restart");
        }
        assertEquals(chaos.plan().size(), chaos.done.size(), "every crash happened during the load");
        // CI shows only the end of the output: the failure message repeats the figures that tell where it broke
        String figures = escalations + "; " + advice + "; dead letters " + deadLetters;
        assertTrue(failures.isEmpty(), () -> "journeys failed: " + failures + "; " + figures + "; " + lostReferrals);
        assertTrue(!advised.isEmpty(), "a share of the escalations was advised");
        assertEquals(0, escalations.lost(), "escalations lost");
        assertEquals(0, escalations.duplicated(), "escalations duplicated");
        assertEquals(0, advice.lost(), "advice lost");
        assertEquals(0, advice.duplicated(), "advice duplicated");
        assertEquals(Map.of("cases", List.of(), "network", List.of(), "advisory", List.of()), deadLetters,
                "a crash is transient: nothing may end on a dead-letter topic");
    }
}
