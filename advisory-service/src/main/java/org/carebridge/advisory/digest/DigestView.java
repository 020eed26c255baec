package org.carebridge.advisory.digest;

import org.carebridge.advisory.vocabulary.Tier;

import java.time.YearMonth;
import java.util.List;

/**
 * Aggregated statistics of one region over one calendar quarter, {@code from} its first month and {@code to} its
 * last (cases opened in the quarter, as their latest digest describes them). A suppressed number is null with
 * {@code suppressed: true}; see {@link Suppression}.
 */
public record DigestView(
        String region,
        String quarter,
        YearMonth from,
        YearMonth to,
        int k,
        Long cases,
        boolean casesSuppressed,
        List<Breakdown> breakdowns,
        List<Resolution> resolution) {

    /** Cases per category of one dimension; {@code total} is set where the cells partition it. */
    public record Breakdown(String dimension, Long total, boolean totalSuppressed, List<Cell> cells) {
    }

    public record Cell(String category, Long cases, boolean suppressed) {
    }

    /**
     * Escalations ended by one tier: how many cases had one, and the median whole days from raising to ending
     * over those escalations; both hidden when fewer than k cases stand behind them.
     */
    public record Resolution(Tier tier, Long cases, Double medianDays, boolean suppressed) {
    }
}
