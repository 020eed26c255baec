package org.carebridge.advisory.digest;

import org.carebridge.advisory.vocabulary.Tier;

/**
 * The dimensions of the maintained counts. Each counts distinct cases (per month), except the RESOLUTION_DAYS_* histograms,
 * which count escalations per whole day of resolution time and are only ever published as a median.
 */
enum Dimension {
    CASES, STATUS, DOMAIN, INTENSITY, AGE_BAND, BARRIER, TRANSITION_18, RESOLVED_BY,
    RESOLUTION_DAYS_TEAM, RESOLUTION_DAYS_BRIDGE, RESOLUTION_DAYS_ADVISORY,
    /** by the month an escalation was raised (not the cohort month): cases hitting a barrier over time */
    BARRIER_RAISED;

    static final String ALL = "ALL";

    static Dimension resolutionDays(Tier tier) {
        return valueOf("RESOLUTION_DAYS_" + tier.name());
    }
}
