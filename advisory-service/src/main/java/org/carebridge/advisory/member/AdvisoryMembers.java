package org.carebridge.advisory.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;
import org.carebridge.platform.time.Clocks;

import java.time.Clock;

/**
 * Who the advisory members of a region are, as advisory-service knows members: by their own token (role
 * advisory-member, attribute region). advisory-service has no directory of its own, so it remembers each member the
 * first time they work on the region's referrals; only someone known so can own a referral.
 */
@ApplicationScoped
public class AdvisoryMembers {

    private final EntityManager em;
    private final CurrentUser user;
    private final Clock clock;

    public AdvisoryMembers(EntityManager em, CurrentUser user, Clock clock) {
        this.em = em;
        this.user = user;
        this.clock = clock;
    }

    /** Remembers the caller as a member of the region their token names (a moved member follows their token). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seen() {
        if (user.isAnonymous() || !user.hasRole(Roles.ADVISORY_MEMBER) || user.region().isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into advisory_member (username, region, last_seen_at) values (?1, ?2, ?3)
                        on conflict (username) do update set region = excluded.region, last_seen_at = excluded.last_seen_at
                        where advisory_member.region <> excluded.region
                           or advisory_member.last_seen_at < excluded.last_seen_at - interval '1 day'""")
                .setParameter(1, user.username()).setParameter(2, user.region().get())
                .setParameter(3, Clocks.now(clock)).executeUpdate();
    }

    public boolean isMemberOf(String username, String region) {
        Number found = (Number) em.createNativeQuery(
                        "select count(*) from advisory_member where username = ?1 and region = ?2")
                .setParameter(1, username).setParameter(2, region).getSingleResult();
        return found.longValue() > 0;
    }
}
