package org.carebridge.advisory.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.referral.ErasedCases;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Applies case.digest-erased.v1: every referral with the erased case's pseudonym loses its free text, and the
 * pseudonym is remembered so a referral of it that arrives later is blanked as it is stored.
 */
@ApplicationScoped
public class ErasureService implements ErasedCases {

    private final EntityManager em;
    private final FreeText freeText;
    private final AuditTrail audit;
    private final Clock clock;

    public ErasureService(EntityManager em, FreeText freeText, AuditTrail audit, Clock clock) {
        this.em = em;
        this.freeText = freeText;
        this.audit = audit;
        this.clock = clock;
    }

    public void apply(CaseDigestErasedV1 erased, CloudEvent event) {
        OffsetDateTime now = Clocks.now(clock);
        em.createNativeQuery("insert into erased_pseudonym (pseudonym, erased_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, erased.pseudonym()).setParameter(2, now).executeUpdate();
        List<Referral> referrals = em.createQuery("from Referral where pseudonym = :p order by id", Referral.class)
                .setParameter("p", erased.pseudonym()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        String why = "case erased (" + event.type() + " " + event.id() + ")";
        long blanked = referrals.stream().filter(r -> freeText.blank(r, now, why)).count();
        audit.record("ERASURE", "case-digest", erased.pseudonym(), null,
                event.type() + " " + event.id() + ": free text of " + blanked + " referrals blanked");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void blankIfErased(Referral r, String why) {
        Number known = (Number) em.createNativeQuery("select count(*) from erased_pseudonym where pseudonym = ?1")
                .setParameter(1, r.pseudonym).getSingleResult();
        if (known.longValue() > 0) {
            freeText.blank(r, Clocks.now(clock), why);
        }
    }
}
