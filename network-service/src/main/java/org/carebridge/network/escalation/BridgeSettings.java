package org.carebridge.network.escalation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The bridge's persistence rules in one place: when the watch re-notifies, when an escalation is due, and how far
 * its owner may move that date. The mapping names every {@code carebridge.bridge} key, since SmallRye refuses a key
 * under its prefix that it does not know.
 */
@ConfigMapping(prefix = "carebridge.bridge")
public interface BridgeSettings {

    /** An unclaimed escalation re-notifies its region after this long, again and again. */
    @WithDefault("PT24H")
    Duration renotifyAfter();

    /** A claimed escalation that saw no step for this long re-notifies its owner, once per such quiet spell. */
    @WithDefault("P3D")
    Duration staleClaimedAfter();

    /** How often the watch sweeps; BridgeWatch's schedule reads it as an expression ("off" in tests). */
    @WithDefault("5m")
    String sweepEvery();

    /** How often the alert digest mails what alerts arrived since the last one; AlertDigest's schedule reads it. */
    @WithDefault("5m")
    String alertDigestEvery();

    /** Where the bridge inbox is, for the links in emails; EmailNotifier reads it. */
    String inboxUrl();

    DueWithinDays dueWithinDays();

    DueDate dueDate();

    /** The due date of a new escalation, in days after its arrival, by urgency. */
    interface DueWithinDays {
        @WithDefault("5")
        int high();

        @WithDefault("10")
        int medium();

        @WithDefault("20")
        int low();
    }

    interface DueDate {
        /** The owner may set the due date at most this many days after today, so it always climbs some day. */
        @WithDefault("30")
        int maxDays();
    }
}
