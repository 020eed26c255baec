package org.carebridge.advisory.digest;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suppression rule on crafted counts, where subtraction would otherwise reveal a small cell. */
class SuppressionTest {

    @Test
    void aLoneSmallCellOfAPartitionTakesTheSmallestOtherCellWithIt() {
        // 23 cases: 20 intensive, 3 light. Hiding only LIGHT would leave 23 - 20 = 3 for anyone to compute.
        DigestView.Breakdown b = Suppression.partition(Dimension.INTENSITY, 23, cells("LIGHT", 3, "INTENSIVE", 20));
        assertEquals(23L, b.total());
        assertHidden(b, "LIGHT", "INTENSIVE");
        assertNotRecoverable(b);
    }

    @Test
    void theComplementIsTheSmallestShownCellAndOthersStay() {
        DigestView.Breakdown b = Suppression.partition(Dimension.STATUS, 23,
                cells("OPEN", 6, "ESCALATED", 14, "CLOSED", 3));
        assertHidden(b, "CLOSED", "OPEN");
        assertEquals(14L, value(b, "ESCALATED"));
        assertNotRecoverable(b);
    }

    @Test
    void twoSmallCellsAddingUpToFewerThanKTakeAThirdOne() {
        // 1 + 2 = 3 hidden cases would still be a group of three: hide the next smallest too
        DigestView.Breakdown b = Suppression.partition(Dimension.AGE_BAND, 40,
                cells("0-11", 1, "12-15", 2, "16-17", 9, "18-20", 28, "21+", 0));
        assertHidden(b, "0-11", "12-15", "21+", "16-17");
        assertEquals(28L, value(b, "18-20"));
        assertNotRecoverable(b);
    }

    @Test
    void zeroIsSmallToo() {
        DigestView.Breakdown b = Suppression.partition(Dimension.INTENSITY, 12, cells("LIGHT", 0, "INTENSIVE", 12));
        assertHidden(b, "LIGHT", "INTENSIVE");
    }

    @Test
    void aSmallTotalHidesEverything() {
        DigestView.Breakdown b = Suppression.partition(Dimension.STATUS, 4, cells("OPEN", 4, "ESCALATED", 0, "CLOSED", 0));
        assertTrue(b.totalSuppressed());
        assertNull(b.total());
        assertHidden(b, "OPEN", "ESCALATED", "CLOSED");
    }

    @Test
    void nothingSmallNothingHidden() {
        DigestView.Breakdown b = Suppression.partition(Dimension.STATUS, 30, cells("OPEN", 10, "ESCALATED", 5, "CLOSED", 15));
        assertTrue(b.cells().stream().noneMatch(DigestView.Cell::suppressed));
    }

    @Test
    void tiesAreBrokenByCategoryOrderSoTheAnswerIsReproducible() {
        DigestView.Breakdown b = Suppression.partition(Dimension.STATUS, 22, cells("OPEN", 9, "ESCALATED", 9, "CLOSED", 4));
        assertHidden(b, "CLOSED", "OPEN");
        assertEquals(9L, value(b, "ESCALATED"));
    }

    @Test
    void overlappingCategoriesOnlyHideTheirSmallCells() {
        DigestView.Breakdown b = Suppression.independent(Dimension.DOMAIN, cells("WELLBEING", 3, "SCHOOL", 20, "WORK", 7));
        assertHidden(b, "WELLBEING");
        assertEquals(20L, value(b, "SCHOOL"));
        assertEquals(7L, value(b, "WORK"));
        assertNull(b.total(), "no total of an overlapping breakdown is published to subtract from");
    }

    @Test
    void medianOfAHistogram() {
        assertEquals(3.0, DigestStatistics.median(Map.of("1", 1L, "2", 1L, "3", 1L, "10", 1L, "20", 1L)));
        assertEquals(6.5, DigestStatistics.median(Map.of("3", 1L, "10", 1L)));
        assertEquals(2.0, DigestStatistics.median(Map.of("2", 5L, "100", 2L)));
        assertNull(DigestStatistics.median(Map.of()));
    }

    /** Whatever is shown: total minus the shown cells leaves at least k cases over at least two hidden cells. */
    private static void assertNotRecoverable(DigestView.Breakdown b) {
        List<DigestView.Cell> hidden = b.cells().stream().filter(DigestView.Cell::suppressed).toList();
        long shown = b.cells().stream().filter(c -> !c.suppressed()).mapToLong(DigestView.Cell::cases).sum();
        assertTrue(hidden.isEmpty() || hidden.size() >= 2, "a single hidden cell is the total minus the others");
        assertTrue(hidden.isEmpty() || b.total() - shown >= Suppression.K, "the hidden cells are a group of fewer than k");
    }

    private static void assertHidden(DigestView.Breakdown b, String... categories) {
        List<String> expected = List.of(categories);
        for (DigestView.Cell c : b.cells()) {
            assertEquals(expected.contains(c.category()), c.suppressed(), c.category() + " in " + b);
            if (c.suppressed()) {
                assertNull(c.cases());
            }
        }
        assertFalse(expected.isEmpty());
    }

    private static long value(DigestView.Breakdown b, String category) {
        return b.cells().stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow().cases();
    }

    private static Map<String, Long> cells(Object... pairs) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cells.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return cells;
    }
}
