package org.carebridge.cases.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseViews.MemberView;
import org.carebridge.cases.casefile.CaseWork;
import org.carebridge.cases.casefile.NewMember;
import org.carebridge.cases.consent.Consent;
import org.carebridge.cases.privacy.Identifiers;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The team around a case: members join, change organisation or role, and leave; exactly one member is the
 * accountable lead. Every change takes the case's row lock, so two concurrent changes cannot both remove the
 * last member or both pick a lead; each is the case's (or the membership's) own transition, recorded by the
 * recorder. Who may make which change is {@link TeamRules}; who may join is {@link CaseWorkerDirectory}'s answer,
 * and for a worker of another region a network-admin's {@link TeamAllowance}.
 */
@ApplicationScoped
public class TeamService {

    private final CaseWork work;
    private final AuditTrail audit;
    private final CaseWorkerDirectory directory;

    public TeamService(CaseWork work, AuditTrail audit, CaseWorkerDirectory directory) {
        this.work = work;
        this.audit = audit;
        this.directory = directory;
    }

    @Transactional
    public TeamView team(UUID caseId) {
        CareCase c = work.toRead(caseId);
        audit.record(CaseAudit.CASE_READ, CaseAudit.CASE, caseId, caseId, "team");
        return TeamView.of(c.leadUsername, CaseMember.ofCase(caseId));
    }

    @Transactional
    public MemberView add(UUID caseId, NewMember body) {
        CareCase c = work.openToChange(caseId); // the lock serialises adds: a reliable 409
        Identifiers.of(c).refuseIn("role", body.role()); // roles go on case.teams
        String username = login(body.username());
        boolean onTeam = CaseMember.isMember(caseId, username);
        // no phantoms, no other regions' workers unless allowed; the directory is asked of newcomers only
        String allowedBy = onTeam ? null : requireMayJoin(c, username);
        CareCase.MemberAdded added = c.addMember(username, onTeam, body.organisation(), body.role(), allowedBy,
                work.me(), work.now());
        added.member().persist();
        return MemberView.of(work.record(added).member());
    }

    @Transactional
    public MemberView change(UUID caseId, String username, MemberChange body) {
        CareCase c = work.openToChange(caseId);
        Identifiers.of(c).refuseIn("role", body.role());
        CaseMember m = existing(caseId, username);
        TeamRules.requireMayChangeMember(c, work.me(), m.username);
        work.record(m.change(body.organisation(), body.role(), work.me(), work.now()));
        return MemberView.of(m);
    }

    /** The member's consents end with the membership; leaving may leave the case without a lead (CareCase). */
    @Transactional
    public void remove(UUID caseId, String username) {
        CareCase c = work.openToChange(caseId);
        CaseMember m = existing(caseId, username);
        TeamRules.requireMayRemove(c, work.me(), m.username, CaseMember.count("caseId", caseId));
        m.delete();
        OffsetDateTime now = work.now();
        // consent was to share with this member on this team: it ends with the membership, not revived on return
        int revoked = Consent.update("revokedAt = ?1, revokedBy = ?2 where caseId = ?3 and memberUsername = ?4"
                + " and revokedAt is null", now, work.me(), caseId, m.username);
        work.record(c.memberLeft(m, revoked > 0, work.me(), now));
    }

    @Transactional
    public TeamView lead(UUID caseId, NewLead body) {
        CareCase c = work.openToChange(caseId);
        TeamRules.requireMayAppointLead(c, work.me());
        String username = login(body.username());
        boolean onTeam = CaseMember.isMember(caseId, username);
        // a lead must be reachable: a disabled account or a lost role would silence the no-lead alert
        String allowedBy = onTeam && !username.equals(c.leadUsername) ? requireMayJoin(c, username) : null;
        c.appointLead(username, onTeam, allowedBy, work.me(), work.now()).ifPresent(work::record);
        return TeamView.of(c.leadUsername, CaseMember.ofCase(caseId));
    }

    private static CaseMember existing(UUID caseId, String username) {
        return CaseMember.of(caseId, login(username)).orElseThrow(() -> ProblemException.notFound("member"));
    }

    /**
     * Rule 2, for a new member and a new lead alike: an enabled case worker of the case's region, or of another
     * region while a network-admin's allowance for them and this case stands ({@link AllowanceService}).
     *
     * @return who allowed it, or null for a worker of the case's region
     */
    private String requireMayJoin(CareCase c, String username) {
        Optional<TeamAllowance> allowance = TeamAllowance.standing(c.id, username);
        if (allowance.isEmpty()) {
            directory.requireCaseWorker("username", username, c.region);
            return null;
        }
        directory.requireCaseWorkerOfAnyRegion("username", username);
        return allowance.get().allowedBy;
    }

    /** Keycloak login names are lowercase. */
    static String login(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
