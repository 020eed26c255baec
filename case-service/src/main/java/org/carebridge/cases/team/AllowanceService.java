package org.carebridge.cases.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.privacy.Identifiers;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A network-admin of a case's region allows one case worker of another region onto that case, and withdraws it
 * (TeamRules, rule 2). The admin acts on the case without seeing it: the answers hold the allowances, never the
 * case's data, and never whether the worker is on the team. Every change takes the case's row lock, as a member's
 * add does, so an add that counts on an allowance and its withdrawal happen one after the other.
 */
@ApplicationScoped
public class AllowanceService {

    private static final String REFUSAL = "team allowance outside the admin's region";

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final CaseWorkerDirectory directory;

    public AllowanceService(CurrentUser user, CaseAccess access, AuditTrail audit, Clock clock,
                            CaseWorkerDirectory directory) {
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
    }

    @Transactional
    public List<AllowanceView> of(UUID caseId) {
        access.asRegionAdmin(caseId, REFUSAL);
        audit.record(CaseFileAudit.TEAM_ALLOWANCES_READ, CaseAudit.CASE, caseId, caseId, "team allowances");
        return TeamAllowance.ofCase(caseId).stream().map(AllowanceView::of).toList();
    }

    @Transactional
    public AllowanceView allow(UUID caseId, NewAllowance body) {
        CareCase c = access.asRegionAdminForUpdate(caseId, REFUSAL).requireOpen();
        refuseTheYouthIn(c, body.reason());
        String username = TeamService.login(body.username());
        if (c.region.equals(directory.requireCaseWorkerOfAnyRegion("username", username))) {
            throw ProblemException.badField("username", username + " is a case worker of this case's region:"
                    + " any member may add them, no allowance needed");
        }
        if (TeamAllowance.standing(caseId, username).isPresent()) {
            throw ProblemException.conflict(username + " is already allowed onto this case");
        }
        TeamAllowance a = new TeamAllowance();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.username = username;
        a.reason = body.reason().strip();
        a.allowedBy = user.username();
        a.allowedAt = Clocks.now(clock);
        a.persist();
        audit.record(CaseFileAudit.TEAM_ALLOWANCE_GRANTED, CaseAudit.CASE, caseId, caseId, "allowance for " + username);
        return AllowanceView.of(a);
    }

    /** Who joined on the allowance stays on the team: removing a member is the team's decision (rule 5). */
    @Transactional
    public void withdraw(UUID caseId, String username) {
        access.asRegionAdminForUpdate(caseId, REFUSAL);
        TeamAllowance a = TeamAllowance.standing(caseId, TeamService.login(username))
                .orElseThrow(() -> ProblemException.notFound("allowance"));
        a.withdrawnBy = user.username();
        a.withdrawnAt = Clocks.now(clock);
        audit.record(CaseFileAudit.TEAM_ALLOWANCE_WITHDRAWN, CaseAudit.CASE, caseId, caseId,
                "allowance for " + a.username);
    }

    /**
     * The admin does not see the youth, yet the 400 tells them that the reason named the youth: a way to try names
     * and dates. The refusal is audited, in its own transaction as the request's rolls back, so that trying is seen.
     */
    private void refuseTheYouthIn(CareCase c, String reason) {
        Identifiers youth = Identifiers.of(c);
        if (youth.foundIn(reason) != null) {
            QuarkusTransaction.requiringNew().run(() -> audit.record(CaseFileAudit.TEAM_ALLOWANCE_REFUSED,
                    CaseAudit.CASE, c.id, c.id, "allowance reason named the youth"));
            youth.refuseIn("reason", reason);
        }
    }
}
