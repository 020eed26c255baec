package org.carebridge.advisory.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.referral.Advice;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.advisory.referral.ReferralService;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.advisory.support.Regions;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The knowledge base: members write drafts, edit them, and publish numbered revisions; the recorder turns each
 * revision into its audit line and an {@code advisory.lesson-published.v1} in the same transaction (outbox).
 */
@ApplicationScoped
public class LessonService {

    static final String OBJECT_TYPE = "lesson";

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Event<Lesson.Published> published;
    private final EntityManager em;
    private final ReferralService referrals;
    private final Clock clock;

    public LessonService(CurrentUser user, AuditTrail audit, Event<Lesson.Published> published, EntityManager em,
                         ReferralService referrals, Clock clock) {
        this.user = user;
        this.audit = audit;
        this.published = published;
        this.em = em;
        this.referrals = referrals;
        this.clock = clock;
    }

    @Transactional
    public LessonView create(LessonRequest request) {
        Lesson l = Lesson.draft(request, ownRegion(), user.username(), now());
        l.persist();
        audit.record("CREATE", OBJECT_TYPE, l.id, null, null);
        return LessonView.of(l);
    }

    /** Advice is written by the advisory group for the team, so it may become general knowledge as it stands. */
    @Transactional
    public LessonView fromAdvice(UUID referralId, LessonFromAdviceRequest request) {
        Referral r = referrals.visible(referralId, LockModeType.NONE);
        Advice advice = Advice.ofReferral(r.id)
                .orElseThrow(() -> ProblemException.conflict("referral " + r.id + " has no advice yet"));
        LessonView lesson = create(new LessonRequest(request.kind() == null ? LessonKind.LESSON : request.kind(),
                request.title(), advice.advice, List.of(r.barrier), r.domains.stream().map(Domain::valueOf).toList(),
                List.of(r.region)));
        Lesson l = Lesson.findById(lesson.id());
        l.sourceReferralId = r.id;
        audit.record("LESSON_FROM_ADVICE", "referral", r.id, null, "lesson " + l.id);
        return LessonView.of(l);
    }

    @Transactional
    public LessonView update(UUID id, LessonRequest request) {
        Lesson l = visible(id, LockModeType.PESSIMISTIC_WRITE);
        l.rewrite(request, user.region().orElse(null), now());
        audit.record("UPDATE", OBJECT_TYPE, l.id, null, null);
        return LessonView.of(l);
    }

    /**
     * Publishes the current text as the next revision; the recorder audits it and publishes it downstream. A retried
     * request without an edit in between publishes nothing and answers the lesson as it is.
     */
    @Transactional
    public LessonView publish(UUID id) {
        Lesson l = visible(id, LockModeType.PESSIMISTIC_WRITE);
        l.publish(user.username(), user.region().orElse(null), now().truncatedTo(ChronoUnit.MILLIS))
                .ifPresent(published::fire);
        return LessonView.of(l);
    }

    @Transactional
    public LessonView get(UUID id) {
        return LessonView.of(visible(id, LockModeType.NONE));
    }

    /**
     * Published lessons, and the drafts of my region. Every term of {@code text} must occur in the title or the
     * summary (case-insensitive); {@code region} keeps lessons meant for that region (or for every region).
     */
    @Transactional
    public PageView<LessonView> search(LessonSearch search, PageRequest paging) {
        StringBuilder where = new StringBuilder("(revision > 0 or owner_region = :own)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("own", ownRegion());
        if (search.barrier() != null) {
            where.append(" and cast(:barrier as varchar) = any(barriers)");
            params.put("barrier", search.barrier().name());
        }
        if (search.domain() != null) {
            where.append(" and cast(:domain as varchar) = any(domains)");
            params.put("domain", search.domain().name());
        }
        if (search.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.region() != null) {
            where.append(" and (cardinality(regions) = 0 or cast(:region as varchar) = any(regions))");
            params.put("region", search.region());
        }
        if (search.published() != null) {
            where.append(search.published() ? " and revision > 0" : " and revision = 0");
        }
        int n = 0;
        for (String term : search.terms()) {
            String name = "t" + n++;
            where.append(" and (lower(title) like :").append(name).append(" escape '\\' or lower(summary) like :")
                    .append(name).append(" escape '\\')");
            params.put(name, "%" + term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        Query count = em.createNativeQuery("select count(*) from lesson where " + where);
        Query page = em.createNativeQuery("select * from lesson where " + where
                + " order by coalesce(published_at, updated_at) desc, id", Lesson.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Lesson> lessons = page.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size())
                .getResultList();
        return new PageView<>(new ArrayList<>(lessons.stream().map(LessonView::of).toList()), paging.page(),
                paging.size(), ((Number) count.getSingleResult()).longValue());
    }

    /** Drafts of another region do not exist for the caller; published lessons are everyone's to read. */
    private Lesson visible(UUID id, LockModeType lock) {
        Lesson l = Lesson.findById(id, lock);
        if (l == null || (l.revision == 0 && !l.ownerRegion.equals(user.region().orElse(null)))) {
            throw ProblemException.notFound("lesson " + id);
        }
        return l;
    }

    String ownRegion() {
        return Regions.ownRegion(user);
    }

    OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
