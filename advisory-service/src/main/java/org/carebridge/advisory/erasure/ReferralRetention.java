package org.carebridge.advisory.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.advisory.referral.ReferralStatus;
import org.carebridge.platform.retention.RetentionRule;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Retention: the free text of a referral is blanked {@code carebridge.retention.period} after its advice was given
 * or it was closed without (a referral ends with either), through the same {@link FreeText} as an erasure. Platform's
 * {@code RetentionJob} runs it.
 */
@ApplicationScoped
public class ReferralRetention implements RetentionRule<Referral> {

    private final EntityManager em;
    private final FreeText freeText;

    public ReferralRetention(EntityManager em, FreeText freeText) {
        this.em = em;
        this.freeText = freeText;
    }

    @Override
    public TypedQuery<Referral> due(OffsetDateTime cutoff) {
        return em.createQuery("""
                        from Referral r where r.erasedAt is null and (r.status = :advised and exists (
                        select 1 from Advice a where a.referralId = r.id and a.givenAt < :cutoff)
                        or r.status = :closed and r.closedAt < :cutoff) order by r.id""", Referral.class)
                .setParameter("advised", ReferralStatus.ADVISED).setParameter("closed", ReferralStatus.CLOSED)
                .setParameter("cutoff", cutoff);
    }

    @Override
    public boolean erase(Referral r, OffsetDateTime now, Duration period) {
        return freeText.blank(r, now, "retention period of " + period.toDays() + " days after the advice or closure");
    }

    @Override
    public String erased() {
        return "advised or closed referrals lost their free text";
    }
}
