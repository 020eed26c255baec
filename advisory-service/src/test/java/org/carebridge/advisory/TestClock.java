package org.carebridge.advisory;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system clock unless a test sets the time, so time-dependent rules (the
 * barrier register's months and trend) are tested at a moment the test chooses. Reset after each such test.
 */
public final class TestClock extends Clock {

    private static volatile Instant fixed;

    public static void set(Instant now) {
        fixed = now;
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    /** Replaces the service's Clock producer for the whole test application. */
    @Alternative
    @Priority(1)
    public static class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
