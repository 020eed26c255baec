package org.carebridge.network.escalation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The referral of an escalation, as the escalation shows it. The referral feature answers this: it sits above the
 * escalation (it refers one), so the escalation asks through this port instead of reading referral's rows.
 */
public interface EscalationReferrals {

    Optional<ReferralView> of(UUID escalationId);

    /** The referrals of a page of escalations, by escalation id; an escalation never referred has none. */
    Map<UUID, ReferralView> of(Collection<UUID> escalationIds);
}
