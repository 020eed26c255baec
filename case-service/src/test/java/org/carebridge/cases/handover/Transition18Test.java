package org.carebridge.cases.handover;

import org.carebridge.cases.casefile.Today;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 18th birthday and its month, counted in local days like the age bands. */
class Transition18Test {

    static Transition18 at(String instant) {
        return new Transition18(new Today(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                () -> ZoneId.of("Europe/Brussels")));
    }

    @Test
    void theMonthIsGivenOnlyWithinTwelveMonths() {
        Transition18 t = at("2026-11-23T10:00:00Z");
        assertEquals(YearMonth.of(2027, 3), t.turns18In(LocalDate.of(2009, 3, 14)));
        assertEquals(YearMonth.of(2027, 11), t.turns18In(LocalDate.of(2009, 11, 23)));
        assertNull(t.turns18In(LocalDate.of(2009, 11, 24)), "a year and a day ahead");
        assertEquals(YearMonth.of(2026, 11), t.turns18In(LocalDate.of(2008, 11, 23)), "turns 18 today");
        assertNull(t.turns18In(LocalDate.of(2008, 11, 22)), "already 18");
    }

    @Test
    void todayIsTheLocalDay() {
        // 23:30 UTC on 22 November is already 23 November in Brussels
        assertTrue(at("2026-11-22T23:30:00Z").turns18Within(LocalDate.of(2009, 5, 23), Period.ofMonths(6)));
        assertFalse(at("2026-11-22T22:30:00Z").turns18Within(LocalDate.of(2009, 5, 23), Period.ofMonths(6)));
    }

    @Test
    void aLeapDayChildTurns18OnTheFirstOfMarch() {
        assertEquals(LocalDate.of(2026, 3, 1), Transition18.eighteenthBirthday(LocalDate.of(2008, 2, 29)));
        assertEquals(YearMonth.of(2026, 3), at("2026-02-28T12:00:00Z").turns18In(LocalDate.of(2008, 2, 29)));
    }
}
