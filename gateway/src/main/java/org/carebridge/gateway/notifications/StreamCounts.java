package org.carebridge.gateway.notifications;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Open live streams, per user and in all, against their caps. */
final class StreamCounts {

    enum Refusal { USER, ALL }

    private final int perUser;
    private final int max;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    StreamCounts(int perUser, int max) {
        this.perUser = perUser;
        this.max = max;
    }

    int perUser() {
        return perUser;
    }

    /** @return null when the stream may open (and is counted), else why not */
    Refusal open(String user) {
        if (total.incrementAndGet() > max) {
            total.decrementAndGet();
            return Refusal.ALL;
        }
        boolean[] admitted = {false};
        open.compute(user, (k, n) -> {
            int count = n == null ? 0 : n;
            admitted[0] = count < perUser;
            return admitted[0] ? count + 1 : n;
        });
        if (!admitted[0]) {
            total.decrementAndGet();
            return Refusal.USER;
        }
        return null;
    }

    void close(String user) {
        open.computeIfPresent(user, (k, n) -> n <= 1 ? null : n - 1);
        total.decrementAndGet();
    }
}
