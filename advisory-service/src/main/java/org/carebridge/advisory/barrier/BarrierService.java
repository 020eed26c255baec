package org.carebridge.advisory.barrier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.digest.DigestService;
import org.carebridge.advisory.digest.DigestView;
import org.carebridge.advisory.digest.Suppression;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.advisory.referral.ReferralService;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.support.Regions;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The barrier register of the caller's region (another region's entry answers 404): entries, their counts over
 * time from the digests and the referrals, and pseudonymised referrals as evidence.
 */
@ApplicationScoped
public class BarrierService {

    static final String OBJECT_TYPE = "barrier";

    private final CurrentUser user;
    private final AuditTrail audit;
    private final EntityManager em;
    private final DigestService digests;
    private final ReferralService referrals;
    private final Clock clock;

    public BarrierService(CurrentUser user, AuditTrail audit, EntityManager em, DigestService digests,
                          ReferralService referrals, Clock clock) {
        this.user = user;
        this.audit = audit;
        this.em = em;
        this.digests = digests;
        this.referrals = referrals;
        this.clock = clock;
    }

    @Transactional
    public BarrierView create(BarrierRequest request) {
        StructuralBarrier b = new StructuralBarrier();
        b.id = UUID.randomUUID();
        b.region = ownRegion();
        b.createdBy = user.username();
        b.createdAt = now();
        b.describe(request, user.username(), b.createdAt);
        b.persist();
        audit.record("CREATE", OBJECT_TYPE, b.id, null, null);
        return view(b, 12);
    }

    @Transactional
    public BarrierView update(UUID id, BarrierRequest request) {
        StructuralBarrier b = visible(id, LockModeType.PESSIMISTIC_WRITE);
        b.describe(request, user.username(), now());
        audit.record("UPDATE", OBJECT_TYPE, b.id, null, null);
        return view(b, 12);
    }

    @Transactional
    public BarrierView get(UUID id, int months) {
        StructuralBarrier b = visible(id, LockModeType.NONE);
        audit.record("READ", OBJECT_TYPE, b.id, null, null);
        return view(b, months);
    }

    @Transactional
    public PageView<BarrierView> list(BarrierStatus status, Barrier category, PageRequest paging) {
        String region = ownRegion();
        StringBuilder query = new StringBuilder("region = :region");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", region);
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (category != null) {
            query.append(" and category = :category");
            params.put("category", category);
        }
        var found = StructuralBarrier.<StructuralBarrier>find(query + " order by updatedAt desc, id", params);
        List<BarrierView> page = found.page(paging.page(), paging.size()).list().stream().map(b -> view(b, 12)).toList();
        audit.record("LIST", OBJECT_TYPE, null, null, "barriers of region " + region);
        return new PageView<>(page, paging.page(), paging.size(), found.count());
    }

    /** Keeps a referral of my region as evidence, once; it is shown in categories, never with its question. */
    @Transactional
    public BarrierView addEvidence(UUID id, EvidenceRequest request) {
        StructuralBarrier b = visible(id, LockModeType.PESSIMISTIC_WRITE);
        Referral r = referrals.visible(request.referralId(), LockModeType.NONE);
        if (BarrierEvidence.count("barrierId = ?1 and referralId = ?2", b.id, r.id) == 0) {
            BarrierEvidence e = new BarrierEvidence();
            e.id = UUID.randomUUID();
            e.barrierId = b.id;
            e.referralId = r.id;
            e.addedBy = user.username();
            e.addedAt = now();
            e.persist();
            b.updatedAt = e.addedAt;
            audit.record("ADD_EVIDENCE", OBJECT_TYPE, b.id, null, "referral " + r.id);
        }
        return view(b, 12);
    }

    StructuralBarrier visible(UUID id, LockModeType lock) {
        StructuralBarrier b = StructuralBarrier.findById(id, lock);
        if (b == null || user.region().filter(b.region::equals).isEmpty()) {
            throw ProblemException.notFound("barrier " + id);
        }
        return b;
    }

    /** The entry with its counts over the {@code months} months up to this one, and its evidence. */
    BarrierView view(StructuralBarrier b, int months) {
        YearMonth to = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth from = to.minusMonths(months - 1L);
        Map<YearMonth, Long> cases = digests.casesHitting(b.region, b.category, from, to);
        Map<YearMonth, Long> referred = referralsPerMonth(b.region, b.category, from, to);
        List<BarrierView.Example> evidence = BarrierEvidence.of(b.id).stream()
                .map(e -> Referral.<Referral>findById(e.referralId)).map(BarrierService::example).toList();
        return new BarrierView(b.id, b.title, b.description, b.category, b.region, b.status(), b.owner(), b.createdBy,
                Clocks.utc(b.createdAt), Clocks.utc(b.updatedAt), from, to, series("CASES_BY_MONTH", from, to, cases),
                series("REFERRALS_BY_MONTH", from, to, referred), trend(from, to, cases), evidence);
    }

    /**
     * Calendar months, each suppressed on its own and no total: the window slides with the clock and its length
     * is the caller's, so a total would differ from another window's (or from its shown months) by one small
     * month. A case that hits the barrier in two months counts in both (once per month).
     */
    static DigestView.Breakdown series(String name, YearMonth from, YearMonth to, Map<YearMonth, Long> perMonth) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            cells.put(m.toString(), perMonth.getOrDefault(m, 0L));
        }
        return Suppression.independent(name, cells);
    }

    /**
     * The last three months against the three before; UNKNOWN unless all six months are shown, so that the
     * comparison says nothing about a hidden month that its published neighbours do not already say.
     */
    static String trend(YearMonth from, YearMonth to, Map<YearMonth, Long> perMonth) {
        if (from.plusMonths(5).isAfter(to)) {
            return "UNKNOWN";
        }
        long recent = 0;
        long before = 0;
        for (int i = 0; i < 3; i++) {
            long r = perMonth.getOrDefault(to.minusMonths(i), 0L);
            long b = perMonth.getOrDefault(to.minusMonths(3L + i), 0L);
            if (Suppression.hidden(r) || Suppression.hidden(b)) {
                return "UNKNOWN";
            }
            recent += r;
            before += b;
        }
        return recent * 10 > before * 11 ? "RISING" : recent * 10 < before * 9 ? "FALLING" : "STABLE";
    }

    private Map<YearMonth, Long> referralsPerMonth(String region, Barrier barrier, YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select to_char(referred_at at time zone 'UTC', 'YYYY-MM'), count(*) from referral
                        where region = ?1 and barrier = ?2 and referred_at >= ?3 and referred_at < ?4 group by 1""")
                .setParameter(1, region).setParameter(2, barrier.name())
                .setParameter(3, Timestamp.from(from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .setParameter(4, Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .getResultList();
        Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
        rows.forEach(row -> perMonth.put(YearMonth.parse((String) row[0]), ((Number) row[1]).longValue()));
        return perMonth;
    }

    private static BarrierView.Example example(Referral r) {
        return new BarrierView.Example(r.id, r.pseudonym, r.ageBand.label(), List.copyOf(r.domains), r.intensity.name(),
                r.urgency.name(), List.copyOf(r.triedMeasures), r.bridgeSteps.stream().map(s -> s.step).toList(),
                YearMonth.from(r.referredAt.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    String ownRegion() {
        return Regions.ownRegion(user);
    }

    OffsetDateTime now() {
        return Clocks.now(clock);
    }

}
