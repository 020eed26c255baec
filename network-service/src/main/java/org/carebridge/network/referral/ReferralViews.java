package org.carebridge.network.referral;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.network.escalation.EscalationReferrals;
import org.carebridge.network.escalation.ReferralView;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.carebridge.platform.time.Clocks.utc;

/** Shows an escalation its referral and the advice that came back, from the referral's own rows. */
@ApplicationScoped
public class ReferralViews implements EscalationReferrals {

    @Override
    public Optional<ReferralView> of(UUID escalationId) {
        return Referral.ofEscalation(escalationId).map(ReferralViews::view);
    }

    @Override
    public Map<UUID, ReferralView> of(Collection<UUID> escalationIds) {
        return Referral.ofEscalations(escalationIds).stream()
                .collect(Collectors.toMap(r -> r.escalationId, ReferralViews::view));
    }

    static ReferralView view(Referral referral) {
        ReferralView.AdviceView advice = referral.adviceId == null ? null : new ReferralView.AdviceView(
                referral.adviceId, referral.advice, referral.adviceGivenBy, utc(referral.adviceGivenAt));
        return new ReferralView(referral.id, referral.question, !referral.questionRemoved.isEmpty(),
                referral.questionRemoved, referral.referredBy, utc(referral.referredAt), advice);
    }
}
