package org.carebridge.cases.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseViews.MemberView;
import org.carebridge.cases.casefile.NewMember;
import org.carebridge.cases.casefile.Organisation;
import org.carebridge.cases.consent.Consent;
import org.carebridge.cases.privacy.Identifiers;
import org.carebridge.platform.time.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The team around a case: members join, change organisation or role, and leave; exactly one member is the
 * accountable lead. Every change takes the case's row lock, so two concurrent changes cannot both remove the
 * last member or both pick a lead; each leaves a timeline line, an audit line and a {@link CaseChanged}. Who may
 * make which change is {@link TeamRules}; who may join is {@link CaseWorkerDirectory}'s answer, and for a worker
 * of another region a network-admin's {@link TeamAllowance}.
 */
@ApplicationScoped
public class TeamService {

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final Event<CaseChanged> changed;
    private final Clock clock;
    private final CaseWorkerDirectory directory;

    public TeamService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline,
                       Event<CaseChanged> changed, Clock clock, CaseWorkerDirectory directory) {
        this.directory = directory;
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public TeamView team(UUID caseId) {
        CareCase c = access.asMember(caseId);
        audit.record(CaseAudit.CASE_READ, CaseAudit.CASE, caseId, caseId, "team");
        return TeamView.of(c.leadUsername, CaseMember.ofCase(caseId));
    }

    @Transactional
    public MemberView add(UUID caseId, NewMember body) {
        CareCase c = access.asMemberForUpdate(caseId).requireOpen(); // the lock serialises adds: a reliable 409
        Identifiers.of(c).refuseIn("role", body.role()); // roles go on case.teams
        String username = login(body.username());
        if (CaseMember.isMember(caseId, username)) {
            throw ProblemException.conflict(username + " is already a member of this case");
        }
        String allowance = requireMayJoin(c, username); // no phantoms, no other regions' workers unless allowed
        OffsetDateTime now = Clocks.now(clock);
        CaseMember m = CaseMember.add(caseId, username, organisation(body.organisation()), body.role().strip(), now,
                user.username());
        timeline.append(caseId, now, TimelineKind.MEMBER_ADDED, user.username(),
                username + " (" + m.organisation + ") joined the team as " + m.role, m.id);
        audit.record(CaseAudit.MEMBER_ADDED, CaseAudit.CASE, caseId, caseId, "member " + username + allowance);
        changed.fire(new CaseChanged(caseId));
        return MemberView.of(m);
    }

    @Transactional
    public MemberView change(UUID caseId, String username, MemberChange body) {
        CareCase c = access.asMemberForUpdate(caseId).requireOpen();
        Identifiers.of(c).refuseIn("role", body.role());
        CaseMember m = existing(caseId, username);
        TeamRules.requireMayChangeMember(c, user.username(), m.username);
        m.organisation = organisation(body.organisation());
        m.role = body.role().strip();
        timeline.append(caseId, Clocks.now(clock), TimelineKind.MEMBER_CHANGED, user.username(),
                m.username + " is now " + m.role + " (" + m.organisation + ")", m.id);
        audit.record(CaseFileAudit.MEMBER_CHANGED, CaseAudit.CASE, caseId, caseId, "member " + m.username);
        changed.fire(new CaseChanged(caseId));
        return MemberView.of(m);
    }

    /**
     * Removing the lead's membership leaves the case without a lead: it is flagged at once ({@code leadMissing})
     * rather than silently given to someone, because who is accountable is the team's decision. The member's
     * consents end with the membership.
     */
    @Transactional
    public void remove(UUID caseId, String username) {
        CareCase c = access.asMemberForUpdate(caseId).requireOpen();
        CaseMember m = existing(caseId, username);
        if (CaseMember.count("caseId", caseId) == 1) {
            throw ProblemException.conflict("the last member cannot leave: the case would have no team");
        }
        TeamRules.requireMayRemove(c, user.username(), m.username);
        m.delete();
        OffsetDateTime now = Clocks.now(clock);
        // consent was to share with this member on this team: it ends with the membership, not revived on return
        int revoked = Consent.update("revokedAt = ?1, revokedBy = ?2 where caseId = ?3 and memberUsername = ?4"
                + " and revokedAt is null", now, user.username(), caseId, m.username);
        timeline.append(caseId, now, TimelineKind.MEMBER_REMOVED, user.username(),
                m.username + " (" + m.organisation + ") left the team"
                        + (revoked > 0 ? "; their consents ended with the membership" : ""), m.id);
        if (m.username.equals(c.leadUsername)) {
            c.leadUsername = null;
            timeline.append(caseId, now, TimelineKind.LEAD_CHANGED, user.username(),
                    "The case has no lead: " + m.username + " left the team", null);
        }
        audit.record(CaseFileAudit.MEMBER_REMOVED, CaseAudit.CASE, caseId, caseId, "member " + m.username);
        changed.fire(new CaseChanged(caseId));
    }

    @Transactional
    public TeamView lead(UUID caseId, NewLead body) {
        CareCase c = access.asMemberForUpdate(caseId).requireOpen();
        TeamRules.requireMayAppointLead(c, user.username());
        String username = login(body.username());
        if (!CaseMember.isMember(caseId, username)) {
            throw ProblemException.badField("username", "must be a member of the case");
        }
        if (!username.equals(c.leadUsername)) {
            // a lead must be reachable: a disabled account or a lost role would silence the no-lead alert
            String allowance = requireMayJoin(c, username);
            String before = c.leadUsername;
            c.leadUsername = username;
            timeline.append(caseId, Clocks.now(clock), TimelineKind.LEAD_CHANGED, user.username(),
                    username + " is the lead" + (before == null ? "" : " (was " + before + ")"), null);
            audit.record(CaseFileAudit.LEAD_CHANGED, CaseAudit.CASE, caseId, caseId, "lead " + username + allowance);
            changed.fire(new CaseChanged(caseId));
        }
        return TeamView.of(c.leadUsername, CaseMember.ofCase(caseId));
    }

    private static CaseMember existing(UUID caseId, String username) {
        return CaseMember.of(caseId, login(username)).orElseThrow(() -> ProblemException.notFound("member"));
    }

    /**
     * Rule 2, for a new member and a new lead alike: an enabled case worker of the case's region, or of another
     * region while a network-admin's allowance for them and this case stands ({@link AllowanceService}).
     *
     * @return what the audit line adds: by whose allowance, or nothing
     */
    private String requireMayJoin(CareCase c, String username) {
        Optional<TeamAllowance> allowance = TeamAllowance.standing(c.id, username);
        if (allowance.isEmpty()) {
            directory.requireCaseWorker("username", username, c.region);
            return "";
        }
        directory.requireCaseWorkerOfAnyRegion("username", username);
        return " (allowed by " + allowance.get().allowedBy + ")";
    }

    /** Keycloak login names are lowercase. */
    static String login(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String organisation(String code) {
        return Organisation.canonical(code)
                .orElseThrow(() -> ProblemException.badField("organisation", Organisation.MESSAGE));
    }
}
