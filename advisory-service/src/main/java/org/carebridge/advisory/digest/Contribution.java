package org.carebridge.advisory.digest;

import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Tier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one case (its latest digest) adds to the maintained counts: a set of cells, each (month, dimension,
 * category) with an amount. Case-level cells sit in the month the case was opened (its cohort), so each case
 * counts in exactly one month and months add up over a period without counting a case twice, which the
 * suppression rule relies on (a cell is a number of distinct cases). Pure: no database, easy to test.
 */
final class Contribution {

    /** Resolution times are kept as a histogram of whole days; longer ones are counted at the cap. */
    static final int MAX_DAYS = 3650;

    private Contribution() {
    }

    /** Cell key: everything but the region, which is the same for all cells of one digest. */
    record Cell(LocalDate month, Dimension dimension, String category) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            int c = month.compareTo(o.month);
            c = c != 0 ? c : dimension.compareTo(o.dimension);
            return c != 0 ? c : category.compareTo(o.category);
        }
    }

    static Map<Cell, Long> of(CaseDigestV1 digest) {
        Map<Cell, Long> cells = new TreeMap<>();
        LocalDate cohort = digest.openedOn().withDayOfMonth(1);
        add(cells, cohort, Dimension.CASES, Dimension.ALL, 1);
        add(cells, cohort, Dimension.STATUS, digest.status().name(), 1);
        add(cells, cohort, Dimension.INTENSITY, digest.intensity().name(), 1);
        add(cells, cohort, Dimension.AGE_BAND, digest.ageBand().label(), 1);
        add(cells, cohort, Dimension.TRANSITION_18, digest.transition18().name(), 1);
        digest.domains().stream().distinct().forEach(d -> add(cells, cohort, Dimension.DOMAIN, d.name(), 1));

        Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        Set<Cell> raised = new java.util.TreeSet<>();
        for (CaseDigestV1.Escalation e : digest.escalations()) {
            barriers.add(e.barrier());
            // the barrier register counts, per month, the cases that hit a barrier then (once per case and month)
            raised.add(new Cell(e.raisedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate().withDayOfMonth(1),
                    Dimension.BARRIER_RAISED, e.barrier().name()));
            if (e.endedBy() != null && e.endedAt() != null) {
                tiers.add(e.endedBy());
                long days = Math.max(0, Math.min(MAX_DAYS, Duration.between(e.raisedAt(), e.endedAt()).toDays()));
                add(cells, cohort, Dimension.resolutionDays(e.endedBy()), Long.toString(days), 1);
            }
        }
        barriers.forEach(b -> add(cells, cohort, Dimension.BARRIER, b.name(), 1));
        raised.forEach(cell -> cells.merge(cell, 1L, Long::sum));
        tiers.forEach(t -> add(cells, cohort, Dimension.RESOLVED_BY, t.name(), 1));
        return cells;
    }

    /** new minus old, without the cells that did not change: what the maintained counts must move by. */
    static Map<Cell, Long> delta(Map<Cell, Long> before, Map<Cell, Long> after) {
        Map<Cell, Long> delta = new TreeMap<>(after);
        before.forEach((cell, amount) -> delta.merge(cell, -amount, Long::sum));
        delta.values().removeIf(amount -> amount == 0);
        return delta;
    }

    private static void add(Map<Cell, Long> cells, LocalDate month, Dimension dimension, String category, long n) {
        cells.merge(new Cell(month, dimension, category), n, Long::sum);
    }
}
