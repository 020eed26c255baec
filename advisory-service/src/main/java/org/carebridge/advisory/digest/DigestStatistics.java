package org.carebridge.advisory.digest;

import org.carebridge.advisory.vocabulary.AgeBand;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.CaseStatus;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.advisory.vocabulary.Intensity;
import org.carebridge.advisory.vocabulary.Tier;
import org.carebridge.advisory.vocabulary.Transition18;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Turns the summed counts of a period into the published, suppressed statistics. Pure. */
final class DigestStatistics {

    private DigestStatistics() {
    }

    static DigestView of(String region, Quarter quarter, Map<Dimension, Map<String, Long>> sums) {
        long cases = count(sums, Dimension.CASES, Dimension.ALL);
        List<DigestView.Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(Suppression.partition(Dimension.STATUS, cases, cells(sums, Dimension.STATUS, CaseStatus.values(), Enum::name)));
        breakdowns.add(Suppression.independent(Dimension.DOMAIN, cells(sums, Dimension.DOMAIN, Domain.values(), Enum::name)));
        breakdowns.add(Suppression.partition(Dimension.INTENSITY, cases, cells(sums, Dimension.INTENSITY, Intensity.values(), Enum::name)));
        breakdowns.add(Suppression.partition(Dimension.AGE_BAND, cases, cells(sums, Dimension.AGE_BAND, AgeBand.values(), AgeBand::label)));
        breakdowns.add(Suppression.independent(Dimension.BARRIER, cells(sums, Dimension.BARRIER, Barrier.values(), Enum::name)));
        // only the two outcomes of a transition are published, as a partition of their own subtotal
        Map<String, Long> transitions = cells(sums, Dimension.TRANSITION_18,
                new Transition18[]{Transition18.ON_TIME, Transition18.LATE}, Enum::name);
        breakdowns.add(Suppression.partition(Dimension.TRANSITION_18,
                transitions.values().stream().mapToLong(Long::longValue).sum(), transitions));

        List<DigestView.Resolution> resolution = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            long tierCases = count(sums, Dimension.RESOLVED_BY, tier.name());
            resolution.add(Suppression.hidden(tierCases)
                    ? new DigestView.Resolution(tier, null, null, true)
                    : new DigestView.Resolution(tier, tierCases,
                    median(sums.getOrDefault(Dimension.resolutionDays(tier), Map.of())), false));
        }
        boolean casesHidden = Suppression.hidden(cases);
        return new DigestView(region, quarter.toString(), quarter.first(), quarter.last(), Suppression.K, casesHidden ? null : cases, casesHidden,
                breakdowns, resolution);
    }

    /** Median of a histogram {whole days -> escalations}; the mean of the two middle values for an even count. */
    static Double median(Map<String, Long> histogram) {
        TreeMap<Long, Long> byDays = new TreeMap<>();
        histogram.forEach((days, n) -> byDays.merge(Long.parseLong(days), n, Long::sum));
        long total = byDays.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long lower = nth(byDays, (total - 1) / 2);
        long upper = nth(byDays, total / 2);
        return (lower + upper) / 2.0;
    }

    private static long nth(TreeMap<Long, Long> histogram, long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> bin : histogram.entrySet()) {
            seen += bin.getValue();
            if (index < seen) {
                return bin.getKey();
            }
        }
        throw new IllegalStateException("index beyond histogram");
    }

    private static long count(Map<Dimension, Map<String, Long>> sums, Dimension dimension, String category) {
        return sums.getOrDefault(dimension, Map.of()).getOrDefault(category, 0L);
    }

    /** Every category of the vocabulary, zero where no case has it, so absent and small look alike. */
    private static <E> Map<String, Long> cells(Map<Dimension, Map<String, Long>> sums, Dimension dimension,
                                               E[] categories, Function<E, String> name) {
        Map<String, Long> cells = new LinkedHashMap<>();
        Arrays.stream(categories).map(name).forEach(c -> cells.put(c, count(sums, dimension, c)));
        return cells;
    }
}
