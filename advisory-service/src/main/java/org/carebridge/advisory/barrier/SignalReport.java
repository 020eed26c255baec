package org.carebridge.advisory.barrier;

import org.carebridge.advisory.digest.DigestView;
import org.carebridge.advisory.vocabulary.Barrier;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A policy signal for policy makers, drafted from a barrier of the register: counts per month (k-suppressed),
 * the trend, and anonymised examples in categories only: no pseudonym, no id, no text of a case or the bridge.
 */
public record SignalReport(
        String signalId,
        String title,
        String description,
        Barrier category,
        String region,
        String owner,
        String draftedBy,
        OffsetDateTime draftedAt,
        YearMonth from,
        YearMonth to,
        int k,
        DigestView.Breakdown casesByMonth,
        DigestView.Breakdown referralsByMonth,
        String trend,
        List<Example> examples) {

    public record Example(String ageBand, List<String> domains, String intensity, String urgency,
                          List<String> triedMeasures, List<String> bridgeSteps) {
    }
}
