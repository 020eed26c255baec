package org.carebridge.fault;

import org.carebridge.stack.testing.SystemUnderTest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Crashes the system while the load runs: kill -9 of the Kafka broker and of one replica of each service, each
 * followed by a start, and a restart of PostgreSQL; with two replicas or more, then a rolling restart: every replica
 * of every service in turn stopped with SIGTERM (it finishes what it holds) and started again. Each step waits until
 * its share of the escalations was sent, so they spread over the load; a round is one crash of every kind.
 */
final class Chaos implements Runnable {
    static final List<String> KILLED = List.of("kafka", "case-service", "network-service", "advisory-service", "gateway");
    static final List<String> SERVICES = List.of("case-service", "network-service", "advisory-service", "gateway");

    /** kill -9 and start again, a clean restart ({@code postgres}), or a SIGTERM restart as a rolling update does. */
    enum Kind { KILL, RESTART, ROLL }

    record Step(Kind kind, String component) {
        @Override
        public String toString() {
            return switch (kind) {
                case KILL -> "kill -9 + start " + component;
                case RESTART -> "restart " + component;
                case ROLL -> "rolling restart " + component;
            };
        }
    }

    private final SystemUnderTest system;
    private final Gateway gateway;
    private final int total;
    private final List<Step> plan;
    private final IntSupplier sent;
    final List<String> done = new ArrayList<>();
    /** Per step done, what the supervisor said it took ("stopped in 3.1 s, ready in 20.2 s"). */
    final java.util.Map<String, String> took = new java.util.concurrent.ConcurrentHashMap<>();
    volatile RuntimeException failure;

    Chaos(SystemUnderTest system, Gateway gateway, int total, int rounds, boolean rollEvery, IntSupplier sent) {
        this.system = system;
        this.gateway = gateway;
        this.total = total;
        this.sent = sent;
        this.plan = plan(system, rounds, rollEvery);
    }

    /**
     * Each round kills, then restarts the database between the broker and the services, so it hits a system
     * mid-recovery; of a service with replicas the last one is killed, so the others serve meanwhile. The rolling
     * restart comes once, after the rounds: of every replica ({@code rollEvery}, the full run), or of the first of each
     * service only (the short run of every build: with the kill of the last, each replica of a pair went down once,
     * and the SIGTERM path is exercised in every service at a third of the time).
     */
    static List<Step> plan(SystemUnderTest system, int rounds, boolean rollEvery) {
        List<Step> steps = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String component : KILLED) {
                List<String> replicas = component.equals("kafka") ? List.of(component) : system.replicas(component);
                steps.add(new Step(Kind.KILL, replicas.get(replicas.size() - 1)));
                if (component.equals("case-service")) {
                    steps.add(new Step(Kind.RESTART, "postgres"));
                }
            }
        }
        if (system.replicas("gateway").size() > 1) {
            for (String service : SERVICES) {
                List<String> replicas = system.replicas(service);
                (rollEvery ? replicas : replicas.subList(0, 1)).forEach(r -> steps.add(new Step(Kind.ROLL, r)));
            }
        }
        return steps;
    }

    List<Step> plan() {
        return plan;
    }

    /** The replicas of {@code service} this plan stops only by SIGTERM: their streams see a clean stop. */
    List<String> rolledNeverKilled(String service) {
        return system.replicas(service).stream()
                .filter(r -> plan.contains(new Step(Kind.ROLL, r)) && !plan.contains(new Step(Kind.KILL, r))).toList();
    }

    /** The load goes on until this is over: every step happens under it. */
    @Override
    public void run() {
        try {
            for (int k = 0; k < plan.size(); k++) {
                int threshold = total * (k + 1) / (plan.size() + 1);
                while (sent.getAsInt() < threshold) {
                    Gateway.pause(100);
                }
                Step step = plan.get(k);
                long t0 = System.nanoTime();
                // what took the time: the supervisor's figures ("stopped in 1.2 s, ready in 15.0 s")
                String figures = switch (step.kind()) {
                    case RESTART -> system.restart(step.component());
                    case KILL -> {
                        String killed = system.kill(step.component());
                        Gateway.pause(2000); // down for a moment, as after a real crash, before it is started again
                        yield killed + ", " + system.startComponent(step.component());
                    }
                    case ROLL -> {
                        gateway.rolling(true);
                        try {
                            yield system.restart(step.component());
                        } finally {
                            gateway.rolling(false);
                        }
                    }
                };
                System.out.printf("[fault] after %d escalations sent: %s (%.1f s: %s)%n", sent.getAsInt(), step,
                        (System.nanoTime() - t0) / 1e9, figures);
                took.put(step.toString(), figures);
                synchronized (done) {
                    done.add(step.toString());
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }
}
