package org.carebridge.advisory.barrier;

import org.carebridge.advisory.digest.DigestView;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The barrier register's series on crafted counts: with a total per window, 7 months minus 6 months was the
 * month that fell out, however well each answer hid it. Months stand alone now, and the trend only compares
 * months that are shown.
 */
class BarrierSeriesTest {

    private static final YearMonth NOW = YearMonth.of(2031, 5);
    private static final Map<YearMonth, Long> PER_MONTH = Map.of(NOW, 7L, NOW.minusMonths(1), 6L,
            NOW.minusMonths(2), 5L, NOW.minusMonths(3), 5L, NOW.minusMonths(4), 5L, NOW.minusMonths(5), 5L,
            NOW.minusMonths(6), 2L);

    @Test
    void noWindowPublishesATotalAndAMonthReadsTheSameInEveryWindow() {
        DigestView.Breakdown seven = BarrierService.series("CASES_BY_MONTH", NOW.minusMonths(6), NOW, PER_MONTH);
        DigestView.Breakdown six = BarrierService.series("CASES_BY_MONTH", NOW.minusMonths(5), NOW, PER_MONTH);
        for (DigestView.Breakdown b : new DigestView.Breakdown[]{seven, six}) {
            assertNull(b.total(), "a total minus the next shorter window's would be one month");
            assertFalse(b.totalSuppressed());
        }
        DigestView.Cell small = seven.cells().get(0);
        assertEquals(new DigestView.Cell(NOW.minusMonths(6).toString(), null, true), small);
        assertEquals(seven.cells().subList(1, 7), six.cells(), "the months both windows hold read the same");
        assertEquals(new DigestView.Cell(NOW.minusMonths(5).toString(), 5L, false), six.cells().get(0),
                "a month of k cases shows: nothing published adds it up with a hidden one");
    }

    @Test
    void theTrendComparesOnlyShownMonths() {
        assertEquals("RISING", BarrierService.trend(NOW.minusMonths(11), NOW, PER_MONTH)); // 18 against 15
        // one month of the six below k: its neighbours and the comparison would bound it, so no trend
        Map<YearMonth, Long> withASmallMonth = new java.util.HashMap<>(PER_MONTH);
        withASmallMonth.put(NOW.minusMonths(4), 3L);
        withASmallMonth.put(NOW, 30L);
        assertEquals("UNKNOWN", BarrierService.trend(NOW.minusMonths(11), NOW, withASmallMonth));
        assertEquals("UNKNOWN", BarrierService.trend(NOW.minusMonths(4), NOW, PER_MONTH), "fewer than six months");
    }
}
