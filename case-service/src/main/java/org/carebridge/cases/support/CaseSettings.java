package org.carebridge.cases.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.ZoneId;

/**
 * case-service's own settings (application.properties), one mapping per group. Each group has a narrow prefix
 * rather than one {@code carebridge} mapping: a mapping refuses every key under its prefix that it does not know,
 * and {@code carebridge.*} also holds platform's keys and the tests'. Each alert check keeps its own setting
 * ({@code carebridge.alerts.*}) in its class, so that a new alert kind stays one class.
 */
public final class CaseSettings {

    private CaseSettings() {
    }

    /** The zone whose midnight turns the date: due dates, birthdays, ages, the day a case was opened. */
    @ConfigMapping(prefix = "carebridge.local-zone")
    public interface LocalZone {
        @WithParentName
        ZoneId zone();
    }

    /** The ages Carebridge serves, in whole years, both ends included (YouthAges). */
    @ConfigMapping(prefix = "carebridge.youth")
    public interface Youth {
        int ageMin();

        int ageMax();
    }

    /** The key of the case pseudonyms other services see (Pseudonyms); only case-service holds it. */
    @ConfigMapping(prefix = "carebridge.pseudonym")
    public interface Pseudonym {
        String secret();
    }
}
