package org.carebridge.advisory.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.referral.Advice;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.platform.audit.AuditTrail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place that blanks every free text tied to a referral, for the case's erasure and for retention alike:
 * the bridge's question, the advice, the decisions on it, the reason it was closed, the minutes of every session
 * that had it on its agenda (which part of the minutes is about whom cannot be told), a lesson made from the advice
 * while it still holds the advice's text, and those texts in the relayed outbox events (advice, lessons, the
 * referral's steps). Structure stays (categories, counts, dates, who and when), so the statistics and the barrier
 * register keep counting it.
 */
@ApplicationScoped
public class FreeText {

    public static final String ERASED = Referral.ERASED;
    public static final String OBJECT_TYPE = "referral";

    private final EntityManager em;
    private final AuditTrail audit;
    private final OutboxScrub outbox;

    public FreeText(EntityManager em, AuditTrail audit, OutboxScrub outbox) {
        this.em = em;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** Blanks once: a referral already blanked is left as it is (the job and an erasure event may meet). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean blank(Referral r, OffsetDateTime now, String why) {
        List<String> stepTexts = r.stepTexts(); // before they are blanked: what relayed step events carried
        if (!r.blankFreeText(now)) {
            return false;
        }
        stepTexts.forEach(text -> outbox.scrub(List.of(r.escalationId.toString()), text, ERASED));
        Optional<Advice> advice = Advice.ofReferral(r.id);
        String adviceText = advice.map(a -> a.advice.strip()).orElse(null);
        advice.ifPresent(a -> a.advice = ERASED);
        em.createNativeQuery("update session_agenda_item set decision = ?1 where referral_id = ?2 and decision is not null")
                .setParameter(1, ERASED).setParameter(2, r.id).executeUpdate();
        em.createNativeQuery("""
                        update advisory_session set minutes = ?1, version = version + 1 where minutes <> '' and minutes <> ?1
                        and id in (select session_id from session_agenda_item where referral_id = ?2)""")
                .setParameter(1, ERASED).setParameter(2, r.id).executeUpdate();
        List<String> keys = new ArrayList<>(List.of(r.pseudonym));
        if (adviceText != null) {
            keys.addAll(lessonsQuoting(r.id, adviceText));
            outbox.scrub(keys, adviceText, ERASED);
        }
        audit.record("ERASE_FREE_TEXT", OBJECT_TYPE, r.id, null, why);
        return true;
    }

    /**
     * Lessons are general knowledge and stay; one made from this advice that still holds its text verbatim is
     * the advice, not yet rewritten, so its summary is blanked (and marked changed, for its region to rewrite).
     * The ids of every lesson made from the referral are its outbox keys (lesson-published events).
     */
    private List<String> lessonsQuoting(UUID referralId, String adviceText) {
        em.createNativeQuery("""
                        update lesson set summary = ?1, changed = true, version = version + 1
                        where source_referral_id = ?2 and strpos(summary, ?3) > 0""")
                .setParameter(1, ERASED).setParameter(2, referralId).setParameter(3, adviceText).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select cast(id as text) from lesson where source_referral_id = ?1")
                .setParameter(1, referralId).getResultList();
        return ids.stream().map(String::valueOf).toList();
    }
}
