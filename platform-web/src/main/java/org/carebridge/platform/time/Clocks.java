package org.carebridge.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of a service, injected wherever time matters (due dates, age bands, retention, re-notify, session
 * dates), so that tests replace it with an {@code @Alternative} and move time instead of sleeping.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** UTC, cut to the microsecond PostgreSQL keeps, so what we return equals what we stored and published. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
    }

    /** What PostgreSQL hands back in the session's zone, shown in UTC as it was written. */
    public static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
