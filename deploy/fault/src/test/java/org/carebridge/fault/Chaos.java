package org.carebridge.fault;

import org.carebridge.stack.testing.SystemUnderTest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Crashes the system while the load runs: kill -9 of the Kafka broker and of each service, each followed by a
 * start, and a restart of PostgreSQL. Each crash waits until its share of the escalations was sent, so they
 * spread over the whole load; a round is one crash of every kind.
 */
final class Chaos implements Runnable {
    static final List<String> KILLED = List.of("kafka", "case-service", "network-service", "advisory-service", "gateway");

    private final SystemUnderTest system;
    private final int total;
    private final int rounds;
    private final IntSupplier sent;
    final List<String> done = new ArrayList<>();
    volatile RuntimeException failure;
    /** Set when every journey ended: crashes still waiting for their share of the load are then skipped. */
    volatile boolean loadOver;

    Chaos(SystemUnderTest system, int total, int rounds, IntSupplier sent) {
        this.system = system;
        this.total = total;
        this.rounds = rounds;
        this.sent = sent;
    }

    /** Kill, then restart the database between the broker and the services, so it hits a system mid-recovery. */
    static List<String> round() {
        List<String> steps = new ArrayList<>();
        for (String component : KILLED) {
            steps.add(component);
            if (component.equals("case-service")) {
                steps.add("postgres");
            }
        }
        return steps;
    }

    @Override
    public void run() {
        List<String> plan = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            plan.addAll(round());
        }
        try {
            for (int k = 0; k < plan.size(); k++) {
                int threshold = total * (k + 1) / (plan.size() + 1);
                while (sent.getAsInt() < threshold) {
                    if (loadOver) {
                        return;
                    }
                    Gateway.pause(100);
                }
                String component = plan.get(k);
                long t0 = System.nanoTime();
                if (component.equals("postgres")) {
                    system.restart("postgres");
                } else {
                    system.kill(component);
                    Gateway.pause(2000); // down for a moment, as after a real crash, before it is started again
                    system.startComponent(component);
                }
                String what = (component.equals("postgres") ? "restart " : "kill -9 + start ") + component;
                System.out.printf("[fault] after %d escalations sent: %s (%.1f s)%n", threshold, what,
                        (System.nanoTime() - t0) / 1e9);
                synchronized (done) {
                    done.add(what);
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }
}
