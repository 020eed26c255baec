package org.carebridge.advisory.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.advisory.referral.ReferralStatus;
import org.carebridge.advisory.referral.ReferralStep;
import org.carebridge.advisory.support.Regions;
import org.carebridge.platform.time.Clocks;
import org.carebridge.advisory.vocabulary.Urgency;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Advisory meetings of the caller's region (another region's answers 404). The agenda is built when the meeting
 * is planned, from the region's open referrals not yet handled by a session: most urgent first, and within the
 * same urgency the oldest first, so nothing urgent waits behind a quiet backlog and nothing old is forgotten. A
 * referral stays on the agendas until a session takes a final decision on it (or it is advised or closed).
 */
@ApplicationScoped
public class SessionService {

    static final String OBJECT_TYPE = "session";
    static final int DEFAULT_AGENDA = 10;

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<ReferralStep> recorded;

    public SessionService(CurrentUser user, AuditTrail audit, Clock clock, Event<ReferralStep> recorded) {
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.recorded = recorded;
    }

    static final Comparator<Referral> AGENDA_ORDER = Comparator
            .comparing((Referral r) -> r.urgency, Comparator.comparingInt(Urgency::ordinal).reversed())
            .thenComparing(r -> r.referredAt)
            .thenComparing(r -> r.id.toString()); // as PostgreSQL orders uuids (Java compares them signed)

    @Transactional
    public SessionView plan(SessionRequest request) {
        String region = Regions.ownRegion(user);
        if (request.date().getYear() < 2000 || request.date().getYear() > 2999) {
            throw ProblemException.badField("date", "must be a date between 2000 and 2999");
        }
        AdvisorySession s = new AdvisorySession();
        s.id = UUID.randomUUID();
        s.region = region;
        s.heldOn = request.date();
        s.members = request.members().stream().map(String::strip).distinct().toList();
        s.minutes = "";
        s.createdBy = user.username();
        s.createdAt = Clocks.now(clock);
        int size = request.agendaSize() == null ? DEFAULT_AGENDA : request.agendaSize();
        List<Referral> open = Referral.list("region = ?1 and status = ?2 and handledInSession is null",
                region, ReferralStatus.OPEN);
        List<Referral> agenda = open.stream().sorted(AGENDA_ORDER).limit(size).toList();
        agenda.forEach(r -> s.agenda.add(new AgendaItem(r.id)));
        s.persist();
        agenda.forEach(r -> recorded.fire(r.takenUp(s.id, user.username(), s.createdAt)));
        audit.record("PLAN", OBJECT_TYPE, s.id, null, s.agenda.size() + " referrals on the agenda");
        return view(s);
    }

    @Transactional
    public SessionView get(UUID id) {
        AdvisorySession s = visible(id, LockModeType.NONE);
        audit.record("READ", OBJECT_TYPE, s.id, null, null);
        return view(s);
    }

    @Transactional
    public PageView<SessionView> list(PageRequest paging) {
        String region = Regions.ownRegion(user);
        var found = AdvisorySession.<AdvisorySession>find("region = ?1 order by heldOn desc, id", region);
        List<SessionView> page = found.page(paging.page(), paging.size()).list().stream().map(this::view).toList();
        audit.record("LIST", OBJECT_TYPE, null, null, "sessions of region " + region);
        return new PageView<>(page, paging.page(), paging.size(), found.count());
    }

    @Transactional
    public SessionView minutes(UUID id, MinutesRequest request) {
        AdvisorySession s = visible(id, LockModeType.PESSIMISTIC_WRITE);
        s.minutes = request.minutes();
        audit.record("MINUTES", OBJECT_TYPE, s.id, null, null);
        return view(s);
    }

    /**
     * Records the decision on an agenda item and on the referral, whose transition says what it means: a final one
     * takes it off the next agendas, one that is not final keeps it there with an owner and a due date.
     */
    @Transactional
    public SessionView decide(UUID id, DecisionRequest request) {
        AdvisorySession s = visible(id, LockModeType.PESSIMISTIC_WRITE);
        AgendaItem item = s.agenda.stream().filter(i -> i.referralId.equals(request.referralId())).findFirst()
                .orElseThrow(() -> ProblemException.badField("referralId", "is not on the agenda of this session"));
        if (item.decision != null) {
            throw ProblemException.conflict("referral " + item.referralId + " was already decided in this session");
        }
        Referral r = Referral.findById(item.referralId, LockModeType.PESSIMISTIC_WRITE);
        ReferralStep.Decision decision = new ReferralStep.Decision(request.decision().strip(),
                request.ownerOrNull(), request.dueDate(), request.decidedFinally());
        ReferralStep step = r.decide(s.id, decision, user.username(), Clocks.now(clock));
        item.decision = decision.text();
        item.owner = decision.owner();
        item.dueDate = decision.dueDate();
        item.isFinal = decision.isFinal();
        item.decidedBy = step.actor();
        item.decidedAt = step.at();
        recorded.fire(step);
        audit.record("DECIDE", OBJECT_TYPE, s.id, null, "referral " + r.id);
        return view(s);
    }

    private AdvisorySession visible(UUID id, LockModeType lock) {
        AdvisorySession s = AdvisorySession.findById(id, lock);
        if (s == null || user.region().filter(s.region::equals).isEmpty()) {
            throw ProblemException.notFound("session " + id);
        }
        return s;
    }

    private SessionView view(AdvisorySession s) {
        List<UUID> ids = s.agenda.stream().map(i -> i.referralId).toList();
        Map<UUID, Referral> referrals = ids.isEmpty() ? Map.of() : Referral.<Referral>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        return SessionView.of(s, referrals);
    }
}
