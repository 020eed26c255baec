package org.carebridge.network.referral;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.carebridge.network.support.Clocks.utc;

/** A referral as the bridge coordinator sees it on the escalation, with the advice once it arrived. */
public record ReferralView(UUID id, String question, String referredBy, OffsetDateTime referredAt, AdviceView advice) {

    public record AdviceView(UUID id, String text, String givenBy, OffsetDateTime givenAt) {
    }

    public static ReferralView of(Referral referral) {
        AdviceView advice = referral.adviceId == null ? null : new AdviceView(referral.adviceId, referral.advice,
                referral.adviceGivenBy, utc(referral.adviceGivenAt));
        return new ReferralView(referral.id, referral.question, referral.referredBy, utc(referral.referredAt), advice);
    }
}
