package org.carebridge.cases;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests: the system clock plus an offset that a test moves forward to test rules of time
 * (alerts, birthdays) and resets afterwards. With no offset it is the system clock, so other tests do not notice it.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    private final ZoneId zone;

    public TestClock() {
        this(ZoneOffset.UTC);
    }

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public static void advance(Duration by) {
        OFFSET.updateAndGet(offset -> offset.plus(by));
    }

    public static void reset() {
        OFFSET.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Shares the offset: a zoned view taken before a move sees the move. */
    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(OFFSET.get());
    }
}
