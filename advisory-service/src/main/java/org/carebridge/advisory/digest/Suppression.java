package org.carebridge.advisory.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression with k = 5: no published number may let anyone single out fewer than five young people.
 *
 * <p>Primary suppression hides every cell with fewer than k cases, zero included (a zero beside a suppressed
 * cell would narrow it down, and "nobody" is itself a statement about a small group).
 *
 * <p>Complementary suppression guards the breakdowns that PARTITION a published total (status, intensity, age
 * band: every case is in exactly one category; transitions at 18: on time + late = their published subtotal).
 * There the hidden cells add up to the total minus the shown ones, so hiding one small cell alone hides nothing.
 * Rule: while the hidden cells of a partition add up to fewer than k cases, also hide the smallest shown cell
 * (ties broken by category order, so the choice is reproducible and cannot be probed by asking again). The
 * subtraction then only yields a sum of at least k cases spread over at least two cells, never one small cell.
 * When the total itself is below k, the total and every cell are hidden.
 *
 * <p>Breakdowns that do not partition anything published (domains and barriers: a case has several or none)
 * admit no such subtraction; primary suppression suffices there. A query covers one region and whole months,
 * and no all-regions total is published, so no subtraction across regions exists within an answer.
 *
 * <p>Across answers: every answer is built from cells of a fixed partition that never overlaps, so no two answers
 * differ by a small part. The digest answers one calendar quarter ({@link Quarter}; a free month range would let
 * Jan-Mar and Jan-Apr differ by April alone). The barrier register shows calendar months, each suppressed on its
 * own, with no total over its (sliding, caller-sized) window: that total minus the shown months, or minus the
 * total of a window one month shorter, would be a single month.
 *
 * <p>Known limit: the same query asked at two moments differs by the cases that changed in between (a digest
 * that arrived, a status that moved), and a difference of a few cases is small. Closing that needs answers
 * frozen per published period (or noise), which this service does not do; the audit trail records every read.
 */
public final class Suppression {

    public static final int K = 5;

    private Suppression() {
    }

    /** A breakdown whose cells add up to {@code total}; the categories in their presentation order. */
    static DigestView.Breakdown partition(Dimension dimension, long total, Map<String, Long> cells) {
        return partition(dimension.name(), total, cells);
    }

    /** As above, for any breakdown that partitions its total. */
    static DigestView.Breakdown partition(String dimension, long total, Map<String, Long> cells) {
        if (total < K) {
            return new DigestView.Breakdown(dimension, null, true, hideAll(cells));
        }
        List<String> hidden = new ArrayList<>(cells.keySet().stream().filter(c -> cells.get(c) < K).toList());
        long hiddenSum = hidden.stream().mapToLong(cells::get).sum();
        List<String> candidates = new ArrayList<>(cells.keySet().stream().filter(c -> !hidden.contains(c))
                .sorted(Comparator.comparing(cells::get)).toList()); // stable: equal counts keep category order
        while (!hidden.isEmpty() && hiddenSum < K && !candidates.isEmpty()) {
            String next = candidates.remove(0);
            hidden.add(next);
            hiddenSum += cells.get(next);
        }
        return new DigestView.Breakdown(dimension, total, false, show(cells, hidden));
    }

    /** A breakdown whose cells overlap (a case may count in several or none): each cell stands alone. */
    static DigestView.Breakdown independent(Dimension dimension, Map<String, Long> cells) {
        return independent(dimension.name(), cells);
    }

    /** As above, for any breakdown published without a total (e.g. months of a sliding window). */
    public static DigestView.Breakdown independent(String dimension, Map<String, Long> cells) {
        List<String> hidden = cells.keySet().stream().filter(c -> cells.get(c) < K).toList();
        return new DigestView.Breakdown(dimension, null, false, show(cells, hidden));
    }

    public static boolean hidden(long cases) {
        return cases < K;
    }

    private static List<DigestView.Cell> hideAll(Map<String, Long> cells) {
        return show(cells, List.copyOf(cells.keySet()));
    }

    private static List<DigestView.Cell> show(Map<String, Long> cells, List<String> hidden) {
        Map<String, DigestView.Cell> shown = new LinkedHashMap<>();
        cells.forEach((category, cases) -> shown.put(category, hidden.contains(category)
                ? new DigestView.Cell(category, null, true)
                : new DigestView.Cell(category, cases, false)));
        return List.copyOf(shown.values());
    }
}
