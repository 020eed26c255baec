package org.carebridge.cases.goal;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseWork;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.casefile.Today;
import org.carebridge.cases.consent.ConsentRules;
import org.carebridge.cases.goal.GoalRequests.GoalChange;
import org.carebridge.cases.goal.GoalRequests.NewGoal;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The team's goals per life domain; members only, every read audited. A change is the goal's own transition,
 * recorded (timeline, audit, CaseChanged) by the recorder.
 */
@ApplicationScoped
public class GoalService {

    private final CaseWork work;
    private final AuditTrail audit;
    private final Today today;
    private final ConsentRules consent;

    public GoalService(CaseWork work, AuditTrail audit, Today today, ConsentRules consent) {
        this.work = work;
        this.audit = audit;
        this.today = today;
        this.consent = consent;
    }

    /** Soonest due first, so that overdue goals lead the list. */
    @Transactional
    public List<GoalView> list(UUID caseId, GoalStatus status, Domain domain, boolean overdueOnly) {
        boolean journal = journal(work.toRead(caseId));
        LocalDate now = today.date();
        List<String> where = new ArrayList<>(List.of("caseId = :caseId"));
        Parameters params = Parameters.with("caseId", caseId);
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (domain != null) {
            where.add("domain = :domain");
            params.and("domain", domain);
        }
        if (overdueOnly) {
            where.add("status = :open and dueDate < :today");
            params.and("open", GoalStatus.OPEN).and("today", now);
        }
        List<Goal> goals = Goal.list(String.join(" and ", where), Sort.by("dueDate").and("id"), params);
        audit.record(CaseFileAudit.GOALS_READ, CaseAudit.CASE, caseId, caseId, null);
        return goals.stream().map(g -> GoalView.of(g, now, journal)).toList();
    }

    @Transactional
    public GoalView add(UUID caseId, NewGoal body) {
        CareCase c = work.openToChange(caseId);
        LocalDate now = today.date();
        Goal.Set set = Goal.set(c, body, owner -> CaseMember.isMember(caseId, owner), now, work.me(), work.now());
        set.goal().persist();
        work.record(set);
        return GoalView.of(set.goal(), now, journal(c));
    }

    @Transactional
    public GoalView get(UUID caseId, UUID goalId) {
        boolean journal = journal(work.toRead(caseId));
        Goal g = existing(caseId, goalId);
        audit.record(CaseFileAudit.GOALS_READ, CaseFileAudit.GOAL, goalId, caseId, null);
        return GoalView.of(g, today.date(), journal);
    }

    @Transactional
    public GoalView change(UUID caseId, UUID goalId, GoalChange body) {
        CareCase c = work.openToChange(caseId);
        Goal g = existing(caseId, goalId);
        LocalDate now = today.date();
        work.record(g.change(c, body, owner -> CaseMember.isMember(caseId, owner), now, work.me(), work.now()));
        return GoalView.of(g, now, journal(c));
    }

    /** Goal titles are free text about the youth: shown like the journal, with JOURNAL consent only. */
    private boolean journal(CareCase c) {
        return consent.allows(c, work.me(), ConsentPurpose.JOURNAL);
    }

    private static Goal existing(UUID caseId, UUID goalId) {
        return Goal.<Goal>find("id = ?1 and caseId = ?2", goalId, caseId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("goal"));
    }
}
