package org.carebridge.advisory.referral;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * The advisory tier's accountability rules in one place: when a referral is due, when its owner is reminded, and
 * whom an overdue one climbs to. The mapping names every {@code carebridge.advisory} key, since SmallRye refuses a
 * key under its prefix that it does not know.
 */
@ConfigMapping(prefix = "carebridge.advisory")
public interface AdvisorySettings {

    DueWithinDays dueWithinDays();

    /** An open referral reminds its owner once this many days before its due date (or on it, or after it). */
    @WithDefault("2")
    int remindDaysBefore();

    /** How often the watch sweeps; ReferralWatch's schedule reads it as an expression ("off" in tests). */
    @WithDefault("5m")
    String sweepEvery();

    /**
     * The advisory chair of each region (region -> username), to whom an overdue referral climbs. The realm has no
     * chair role or attribute, so it is named here; a region without one climbs to its whole group (climbedTo null).
     */
    Map<String, String> chair();

    /** The due date of a new referral, in days after its arrival, by urgency. */
    interface DueWithinDays {
        @WithDefault("7")
        int high();

        @WithDefault("14")
        int medium();

        @WithDefault("28")
        int low();
    }
}
