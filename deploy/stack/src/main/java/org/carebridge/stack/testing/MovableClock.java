package org.carebridge.stack.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Real time plus an offset the test moves, so that due dates, retention periods and reminders pass without
 * sleeping. Tests that move it put it back ({@link #reset()}) when they end.
 */
public class MovableClock extends Clock {

    // Not a CDI bean here: this jar carries no bean index, and an alternative in it would replace the clock of
    // every service that tests with this jar, advisory-service's fixed-time clock included. A service opts in
    // with an empty @Alternative subclass of its own.

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Clock shifted = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return shifted.withZone(other);
            }

            @Override
            public Instant instant() {
                return shifted.instant();
            }
        };
    }
}
