package org.carebridge.cases.mywork;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.casefile.Organisation;
import org.carebridge.cases.casefile.Today;
import org.carebridge.cases.consent.ConsentRules;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.escalation.EscalationStatus;
import org.carebridge.cases.goal.Goal;
import org.carebridge.cases.goal.GoalStatus;
import org.carebridge.cases.handover.Handover;
import org.carebridge.cases.mywork.MyWork.MyEscalation;
import org.carebridge.cases.mywork.MyWork.MyGoal;
import org.carebridge.cases.mywork.MyWork.MyHandover;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.security.CurrentUser;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads "my work" from case-service's own tables. Goals and escalations come only from open cases the caller is on the
 * team of (case_member), so leaving a team takes its work off the list; handovers are those the caller may decide,
 * by the handover's own receiver rule. A fixed number of queries per call, whatever the caseload.
 */
@ApplicationScoped
public class MyWorkService {

    /** Each list is cut after this many items, the most pressing first: a caseload is tens of cases, not thousands. */
    static final int LIMIT = 100;
    static final String AUDIT_READ = "MY_WORK_READ";
    static final String WORK = "WORK";
    /** The open cases the member named by {@code :me} is on the team of (HQL, on the entity's caseId). */
    private static final String ON_MY_OPEN_CASES = """
            caseId in (select m.caseId from CaseMember m where m.username = :me)
            and caseId in (select c.id from CareCase c where c.status <> :closed)""";

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Today today;
    private final ConsentRules consent;

    public MyWorkService(CurrentUser user, AuditTrail audit, Today today, ConsentRules consent) {
        this.user = user;
        this.audit = audit;
        this.today = today;
        this.consent = consent;
    }

    @Transactional
    public MyWork mine() {
        String me = user.username();
        MyWork work = new MyWork(goals(me), escalations(me), handovers(me));
        // one line per call: what was listed, by count; each item's own read stays audited where it is opened
        audit.record(AUDIT_READ, WORK, me, null, "goals " + work.goals().size() + ", escalations "
                + work.escalations().size() + ", handovers " + work.handovers().size());
        return work;
    }

    /** Soonest due first, so that overdue goals lead, as on a case's goal list. */
    private List<MyGoal> goals(String me) {
        List<Goal> goals = Goal.<Goal>find("ownerUsername = :me and status = :open and " + ON_MY_OPEN_CASES,
                        Sort.by("dueDate").and("id"), mine(me).and("open", GoalStatus.OPEN))
                .page(0, LIMIT).list();
        // goal titles are free text about the youth: shown with the case's JOURNAL consent only (ConsentRules)
        Set<UUID> journal = consent.allowing(cases(goals.stream().map(g -> g.caseId).toList()).values(), me,
                ConsentPurpose.JOURNAL);
        LocalDate now = today.date();
        return goals.stream().map(g -> {
            boolean shown = journal.contains(g.caseId);
            return new MyGoal(g.caseId, g.id, g.domain, shown ? g.title : null, g.dueDate, g.status, g.overdue(now),
                    shown ? List.of() : List.of(ConsentPurpose.JOURNAL));
        }).toList();
    }

    /** Oldest first: the longest wait leads. */
    private List<MyEscalation> escalations(String me) {
        List<Escalation> raised = Escalation.<Escalation>find("raisedBy = :me and status in :open and "
                        + ON_MY_OPEN_CASES, Sort.by("raisedAt").and("id"),
                mine(me).and("open", EscalationStatus.OPEN)).page(0, LIMIT).list();
        return raised.stream().map(e -> new MyEscalation(e.caseId, e.id, e.barrier, e.urgency, e.status, e.raisedAt,
                        MyWork.MyLadder.of(e)))
                .toList();
    }

    /** Oldest first; not for a case closed since the request, which leaves nothing to take over. */
    private List<MyHandover> handovers(String me) {
        String organisation = user.organisation().flatMap(Organisation::canonical).orElse(null);
        List<Handover> pending = Handover.pendingFor(me, organisation, user.region().orElse(null));
        Map<UUID, CareCase> cases = cases(pending.stream().map(h -> h.caseId).toList());
        Set<UUID> onTeam = cases.isEmpty() ? Set.of() : CaseMember.<CaseMember>find(
                        "username = ?1 and caseId in ?2", me, cases.keySet()).stream()
                .map(m -> m.caseId).collect(Collectors.toSet());
        return pending.stream()
                .filter(h -> cases.containsKey(h.caseId) && cases.get(h.caseId).status != CaseStatus.CLOSED)
                .limit(LIMIT)
                .map(h -> new MyHandover(onTeam.contains(h.caseId) ? h.caseId : null, h.id, h.reason, h.scope,
                        h.requestedAt, h.dueBy))
                .toList();
    }

    private static Parameters mine(String me) {
        return Parameters.with("me", me).and("closed", CaseStatus.CLOSED);
    }

    private static Map<UUID, CareCase> cases(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return CareCase.<CareCase>list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }
}
