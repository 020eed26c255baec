package org.carebridge.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.cases.support.CaseSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The date in the service's local zone, from the one clock: due dates and birthdays turn at local midnight. */
@ApplicationScoped
public class Today {

    private final Clock clock;
    private final ZoneId zone;

    public Today(Clock clock, CaseSettings.LocalZone localZone) {
        this.clock = clock;
        this.zone = localZone.zone();
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }
}
