package org.carebridge.gateway.guard;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token bucket with a clock the test moves: burst, refusal with the wait, refill, one bucket per caller. */
class RateLimitBucketTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimit limit = new RateLimit(60, 2, now::get); // one call a second, two at once

    @Test
    void aBurstThenOneCallPerRefill() {
        assertEquals(0, limit.take("user:anna"));
        assertEquals(0, limit.take("user:anna"));
        long wait = limit.take("user:anna");
        assertTrue(wait > 0 && wait <= 1_000_000_000L, "waits at most one refill: " + wait);
        assertEquals(0, limit.take("user:ben"), "another caller has a bucket of their own");
        now.addAndGet(1_000_000_000L);
        assertEquals(0, limit.take("user:anna"));
        assertTrue(limit.take("user:anna") > 0);
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        now.addAndGet(3_600_000_000_000L);
        assertEquals(0, limit.take("user:anna"));
        assertEquals(0, limit.take("user:anna"));
        assertTrue(limit.take("user:anna") > 0);
    }
}
