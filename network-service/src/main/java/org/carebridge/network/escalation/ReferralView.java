package org.carebridge.network.escalation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the bridge coordinator sees it on the escalation, with the advice once it arrived; questionRemoved
 * names the kinds of identifier scrubbed from the question ("date", "case id", "username"), so the client can say so.
 * The referral feature fills it in ({@link EscalationReferrals}); it lives here because the escalation shows it.
 */
public record ReferralView(UUID id, String question, boolean questionScrubbed, List<String> questionRemoved,
                           String referredBy, OffsetDateTime referredAt, AdviceView advice) {

    public record AdviceView(UUID id, String text, String givenBy, OffsetDateTime givenAt) {
    }

}
