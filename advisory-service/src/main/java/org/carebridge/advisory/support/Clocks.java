package org.carebridge.advisory.support;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The one clock of the service, so that time-dependent rules (session dates, trends) can be tested. */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** UTC, cut to the microsecond PostgreSQL keeps, so what we return equals what we stored. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
    }

    /** What PostgreSQL hands back in the session's zone, shown in UTC as it was written. */
    public static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The caller's region: everything of this service belongs to one region; without one, nothing is yours. */
    public static String ownRegion(CurrentUser user) {
        return user.region().orElseThrow(() -> ProblemException.forbidden("no region in your token"));
    }
}
