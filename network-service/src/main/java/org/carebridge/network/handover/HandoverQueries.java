package org.carebridge.network.handover;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.network.alert.Alert;
import org.carebridge.network.vocabulary.HandoverReason;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.carebridge.platform.problem.QueryParams.enumOf;

/** Handovers in flight and the coming 18th birthdays of the caller's region; another region's are not found. */
@ApplicationScoped
public class HandoverQueries {

    /** The list's status filter: the stored states, and OVERDUE (pending past its dueBy). */
    enum StatusFilter {
        PENDING, ACCEPTED, DECLINED, WITHDRAWN, OVERDUE
    }

    /** How far ahead the AGE_18_TRANSITION list looks, in months. */
    static final int TRANSITION_HORIZON_MONTHS = 6;

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    public HandoverQueries(CurrentUser user, AuditTrail audit, Clock clock) {
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** Filter {@code status}: PENDING, ACCEPTED, DECLINED, WITHDRAWN, or OVERDUE (pending past dueBy); newest first. */
    @Transactional
    public PageView<HandoverView> list(String status, String reason, PageRequest paging) {
        String region = user.region().orElse("");
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("region = :region");
        params.put("region", region);
        if (status != null && !status.isBlank()) {
            StatusFilter wanted = enumOf("status", status, StatusFilter.class);
            where.append(" and status = :status");
            if (wanted == StatusFilter.OVERDUE) {
                where.append(" and dueBy < :today");
                params.put("today", today);
            }
            params.put("status", wanted == StatusFilter.OVERDUE ? HandoverStatus.PENDING
                    : HandoverStatus.valueOf(wanted.name()));
        }
        if (reason != null && !reason.isBlank()) {
            where.append(" and reason = :reason");
            params.put("reason", enumOf("reason", reason, HandoverReason.class));
        }
        var query = Handover.<Handover>find(where.toString(), Sort.descending("requestedAt").and("id"), params);
        List<Handover> page = query.page(paging.page(), paging.size()).list();
        page.forEach(h -> audit.record("LIST", HandoverService.OBJECT_TYPE, h.id, h.caseId, "handovers of " + region));
        return new PageView<>(page.stream().map(h -> HandoverView.of(h, today)).toList(), paging.page(),
                paging.size(), query.count());
    }

    @Transactional
    public HandoverView get(UUID id) {
        Handover h = Handover.findById(id);
        if (h == null || user.region().filter(h.region::equals).isEmpty()) {
            throw ProblemException.notFound("handover " + id);
        }
        audit.record("READ", HandoverService.OBJECT_TYPE, h.id, h.caseId, null);
        return HandoverView.of(h, LocalDate.now(clock));
    }

    /**
     * Every youth of my region turning 18 this month or in the next six (known from alerts and handover events,
     * which carry the month only), soonest first, with the state of their AGE_18_TRANSITION handover.
     */
    @Transactional
    public List<TransitionView> transitions() {
        String region = user.region().orElse("");
        LocalDate today = LocalDate.now(clock);
        String from = YearMonth.from(today).toString();
        String to = YearMonth.from(today).plusMonths(TRANSITION_HORIZON_MONTHS).toString();
        Map<UUID, String[]> youths = new TreeMap<>(); // caseId -> {pseudonym, turns18In}
        for (Alert a : Alert.<Alert>list("region = ?1 and turns18In between ?2 and ?3", region, from, to)) {
            youths.put(a.caseId, new String[]{a.pseudonym, a.turns18In});
        }
        List<Handover> handovers = Handover.list("region = ?1 and caseId in (select h.caseId from Handover h "
                + "where h.region = ?1 and h.turns18In between ?2 and ?3) order by requestedAt", region, from, to);
        for (Handover h : handovers) {
            if (h.turns18In != null && h.turns18In.compareTo(from) >= 0 && h.turns18In.compareTo(to) <= 0) {
                youths.put(h.caseId, new String[]{h.pseudonym, h.turns18In});
            }
        }
        List<TransitionView> list = youths.entrySet().stream().map(youth -> transition(youth.getKey(),
                        youth.getValue(), handovers, today)).sorted(Comparator.comparing(TransitionView::turns18In)
                        .thenComparing(TransitionView::pseudonym)).toList();
        list.forEach(t -> audit.record("LIST", "transition", t.caseId(), t.caseId(), "18th birthdays of " + region));
        return list;
    }

    private static TransitionView transition(UUID caseId, String[] youth, List<Handover> handovers, LocalDate today) {
        List<Handover> ofCase = handovers.stream()
                .filter(h -> h.caseId.equals(caseId) && h.reason == HandoverReason.AGE_18_TRANSITION).toList();
        Handover accepted = last(ofCase, HandoverStatus.ACCEPTED);
        Handover pending = last(ofCase, HandoverStatus.PENDING);
        Handover declined = last(ofCase, HandoverStatus.DECLINED);
        if (accepted != null) {
            return new TransitionView(caseId, youth[0], youth[1], TransitionView.State.ACCEPTED, accepted.id, accepted.dueBy);
        }
        if (pending != null) {
            return new TransitionView(caseId, youth[0], youth[1], pending.overdueOn(today)
                    ? TransitionView.State.OVERDUE : TransitionView.State.PENDING, pending.id, pending.dueBy);
        }
        if (declined != null) {
            return new TransitionView(caseId, youth[0], youth[1], TransitionView.State.DECLINED, declined.id, declined.dueBy);
        }
        return new TransitionView(caseId, youth[0], youth[1], TransitionView.State.NONE, null, null);
    }

    private static Handover last(List<Handover> handovers, HandoverStatus status) {
        Handover last = null;
        for (Handover h : handovers) {
            if (h.status == status) {
                last = h;
            }
        }
        return last;
    }
}
