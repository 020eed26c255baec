package org.carebridge.network.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.carebridge.platform.time.Clocks.utc;

/**
 * A referral as the bridge coordinator sees it on the escalation, with the advice once it arrived; questionRemoved
 * names the kinds of identifier scrubbed from the question ("date", "case id", "username"), so the client can say so.
 */
public record ReferralView(UUID id, String question, boolean questionScrubbed, List<String> questionRemoved,
                           String referredBy, OffsetDateTime referredAt, AdviceView advice) {

    public record AdviceView(UUID id, String text, String givenBy, OffsetDateTime givenAt) {
    }

    public static ReferralView of(Referral referral) {
        AdviceView advice = referral.adviceId == null ? null : new AdviceView(referral.adviceId, referral.advice,
                referral.adviceGivenBy, utc(referral.adviceGivenAt));
        return new ReferralView(referral.id, referral.question, !referral.questionRemoved.isEmpty(),
                referral.questionRemoved, referral.referredBy, utc(referral.referredAt), advice);
    }
}
