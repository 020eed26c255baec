package org.carebridge.cases.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.cases.support.CaseSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The age band that replaces a birth date in everything leaving case-service. The bands follow the points where
 * support changes: primary school, lower and upper secondary, the 18th birthday, young adulthood.
 */
@ApplicationScoped
public class AgeBands {

    private final Clock clock;
    private final ZoneId zone;

    @Inject
    public AgeBands(Clock clock, CaseSettings.LocalZone localZone) {
        this(clock, localZone.zone());
    }

    AgeBands(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** @return "0-11", "12-15", "16-17", "18-20" or "21+" for the age today */
    public String of(LocalDate dateOfBirth) {
        return band(Period.between(dateOfBirth, LocalDate.now(clock.withZone(zone))).getYears());
    }

    static String band(int age) {
        if (age < 12) {
            return "0-11";
        }
        if (age < 16) {
            return "12-15";
        }
        if (age < 18) {
            return "16-17";
        }
        if (age < 21) {
            return "18-20";
        }
        return "21+";
    }
}
