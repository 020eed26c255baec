package org.carebridge.advisory.digest;

import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Quarters are the fixed, never overlapping periods of the digest; nothing else parses. */
class QuarterTest {

    @Test
    void aQuarterCoversItsThreeMonths() {
        Quarter q4 = Quarter.parse("quarter", " 2026-q4 ");
        assertEquals("2026-Q4", q4.toString());
        assertEquals(YearMonth.of(2026, 10), q4.first());
        assertEquals(YearMonth.of(2026, 12), q4.last());
        assertEquals(YearMonth.of(2026, 1), Quarter.parse("quarter", "2026-Q1").first());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-Q5", "2026-Q0", "2026-10", "2026Q4", "26-Q4", "1899-Q4", "10000-Q1", "2026-Q4 2027-Q1"})
    void anythingElseIsRefused(String value) {
        assertThrows(ProblemException.class, () -> Quarter.parse("quarter", value));
    }
}
