package org.carebridge.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** Closed-loop throughput: N workers each repeat one operation as fast as it completes, for a fixed time. */
final class Throughput {
    interface Worker extends AutoCloseable {
        void once() throws Exception;
    }

    static double measure(int threads, Duration duration, Callable<Worker> newWorker) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Worker worker = newWorker.call();
            Thread thread = new Thread(() -> {
                try (worker) {
                    ready.countDown();
                    go.await();
                    while (System.nanoTime() < window[1]) {
                        try {
                            worker.once();
                            done.incrementAndGet();
                        } catch (Exception e) {
                            if (failed.incrementAndGet() == 1) {
                                System.err.println("a write failed: " + e.getMessage());
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            running.add(thread);
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        for (Thread thread : running) {
            thread.join();
        }
        if (failed.get() > 0) {
            System.err.println(failed.get() + " writes failed at " + threads + " threads (not counted)");
        }
        return done.get() / (duration.toNanos() / 1e9);
    }
}
