package org.carebridge.cases.privacy;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Age bands turn over on the birthday, at local midnight. */
class AgeBandsTest {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static AgeBands at(String instant) {
        return new AgeBands(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), BRUSSELS);
    }

    @Test
    void bandsChangeExactlyOnTheBirthday() {
        AgeBands dayBefore18 = at("2026-05-13T12:00:00Z");
        AgeBands on18 = at("2026-05-14T12:00:00Z");
        LocalDate born = LocalDate.of(2008, 5, 14);
        assertEquals("16-17", dayBefore18.of(born));
        assertEquals("18-20", on18.of(born));
    }

    @Test
    void theBirthdayStartsAtLocalMidnightNotUtcMidnight() {
        // 23:30 UTC on the 13th is already 01:30 on the 14th in Brussels (summer time)
        assertEquals("18-20", at("2026-05-13T23:30:00Z").of(LocalDate.of(2008, 5, 14)));
    }

    @Test
    void everyBandHasItsBounds() {
        assertEquals("0-11", AgeBands.band(0));
        assertEquals("0-11", AgeBands.band(11));
        assertEquals("12-15", AgeBands.band(12));
        assertEquals("12-15", AgeBands.band(15));
        assertEquals("16-17", AgeBands.band(16));
        assertEquals("16-17", AgeBands.band(17));
        assertEquals("18-20", AgeBands.band(18));
        assertEquals("18-20", AgeBands.band(20));
        assertEquals("21+", AgeBands.band(21));
        assertEquals("21+", AgeBands.band(40));
    }

    @Test
    void aLeapDayBirthdayCountsFromTheFirstOfMarchInOtherYears() {
        LocalDate born = LocalDate.of(2008, 2, 29);
        assertEquals("16-17", at("2026-02-28T12:00:00Z").of(born));
        assertEquals("18-20", at("2026-03-01T12:00:00Z").of(born));
    }
}
