package org.carebridge.cases.goal;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.consent.ConsentRules;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.casefile.Today;
import org.carebridge.cases.goal.GoalRequests.GoalChange;
import org.carebridge.cases.goal.GoalRequests.NewGoal;
import org.carebridge.platform.time.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The team's goals per life domain; members only, every read and change audited, every change on the timeline. */
@ApplicationScoped
public class GoalService {

    /** A due date further away than this is a typing error, not a plan. */
    static final int MAX_YEARS_AHEAD = 10;

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final Event<CaseChanged> changed;
    private final Clock clock;
    private final Today today;
    private final ConsentRules consent;

    public GoalService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline,
                       Event<CaseChanged> changed, Clock clock, Today today, ConsentRules consent) {
        this.consent = consent;
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.changed = changed;
        this.clock = clock;
        this.today = today;
    }

    /** Soonest due first, so that overdue goals lead the list. */
    @Transactional
    public List<GoalView> list(UUID caseId, GoalStatus status, Domain domain, boolean overdueOnly) {
        boolean journal = journal(access.asMember(caseId));
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
        boolean journal = journal(access.asMemberForUpdate(caseId).requireOpen());
        LocalDate now = today.date();
        if (body.dueDate().isBefore(now)) {
            throw ProblemException.badField("dueDate", "must be today or later");
        }
        OffsetDateTime at = Clocks.now(clock);
        Goal g = new Goal();
        g.id = UUID.randomUUID();
        g.caseId = caseId;
        g.domain = body.domain();
        g.createdAt = at;
        g.createdBy = user.username();
        apply(g, caseId, body.title(), body.owner(), body.dueDate(), GoalStatus.OPEN, now, at);
        g.persist();
        timeline.append(caseId, at, TimelineKind.GOAL_SET, user.username(),
                "Goal set in " + g.domain + " for " + g.ownerUsername + ", due " + g.dueDate, g.id);
        audit.record(CaseFileAudit.GOAL_SET, CaseFileAudit.GOAL, g.id, caseId, null);
        changed.fire(new CaseChanged(caseId));
        return GoalView.of(g, now, journal);
    }

    @Transactional
    public GoalView get(UUID caseId, UUID goalId) {
        boolean journal = journal(access.asMember(caseId));
        Goal g = existing(caseId, goalId);
        audit.record(CaseFileAudit.GOALS_READ, CaseFileAudit.GOAL, goalId, caseId, null);
        return GoalView.of(g, today.date(), journal);
    }

    @Transactional
    public GoalView change(UUID caseId, UUID goalId, GoalChange body) {
        boolean journal = journal(access.asMemberForUpdate(caseId).requireOpen());
        Goal g = existing(caseId, goalId);
        LocalDate now = today.date();
        if (!body.dueDate().equals(g.dueDate) && body.dueDate().isBefore(now)) {
            throw ProblemException.badField("dueDate", "must be today or later");
        }
        GoalStatus before = g.status;
        OffsetDateTime at = Clocks.now(clock);
        apply(g, caseId, body.title(), body.owner(), body.dueDate(), body.status(), now, at);
        String summary = before == g.status ? "Goal in " + g.domain + " updated: owner " + g.ownerUsername
                + ", due " + g.dueDate : "Goal in " + g.domain + " " + g.status.name().toLowerCase(Locale.ROOT);
        timeline.append(caseId, at, TimelineKind.GOAL_UPDATED, user.username(), summary, g.id);
        audit.record(CaseFileAudit.GOAL_UPDATED, CaseFileAudit.GOAL, g.id, caseId, "status " + g.status);
        changed.fire(new CaseChanged(caseId));
        return GoalView.of(g, now, journal);
    }

    /** Goal titles are free text about the youth: shown like the journal, with JOURNAL consent only. */
    private boolean journal(CareCase c) {
        return consent.allows(c, user.username(), ConsentPurpose.JOURNAL);
    }

    private static Goal existing(UUID caseId, UUID goalId) {
        return Goal.<Goal>find("id = ?1 and caseId = ?2", goalId, caseId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("goal"));
    }

    private static void apply(Goal g, UUID caseId, String title, String owner, LocalDate due, GoalStatus status,
                              LocalDate today, OffsetDateTime at) {
        String ownerLogin = owner.strip().toLowerCase(Locale.ROOT);
        if (!CaseMember.isMember(caseId, ownerLogin)) {
            throw ProblemException.badField("owner", "must be a member of the case");
        }
        if (due.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw ProblemException.badField("dueDate", "must be within " + MAX_YEARS_AHEAD + " years");
        }
        g.title = title.strip();
        g.ownerUsername = ownerLogin;
        g.dueDate = due;
        g.status = status;
        g.updatedAt = at;
    }
}
