package org.carebridge.advisory.barrier;

import org.carebridge.advisory.digest.DigestView;
import org.carebridge.advisory.vocabulary.Barrier;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A register entry with its counts over the last months (cases from the digests, referrals from the bridge; each
 * a series of calendar months, each k-suppressed on its own, no total) and its pseudonymised evidence.
 */
public record BarrierView(
        UUID id,
        String title,
        String description,
        Barrier category,
        String region,
        BarrierStatus status,
        String owner,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        YearMonth from,
        YearMonth to,
        DigestView.Breakdown casesByMonth,
        DigestView.Breakdown referralsByMonth,
        String trend,
        List<Example> evidence) {

    /** One piece of evidence: the referral's digest in categories; the pseudonym only for the advisory group. */
    public record Example(UUID referralId, String pseudonym, String ageBand, List<String> domains, String intensity,
                          String urgency, List<String> triedMeasures, List<String> bridgeSteps,
                          YearMonth referredIn) {
    }
}
