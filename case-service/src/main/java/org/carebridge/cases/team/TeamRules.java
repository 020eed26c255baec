package org.carebridge.cases.team;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.platform.problem.ProblemException;

import java.util.List;

/**
 * Who may change a case's team, its consents and its state; the one place these rules live (403 otherwise).
 * <ol>
 * <li>The <b>steward</b> of a case is its lead; while it has no lead, its creator if still on the team, else its
 *     longest-serving member (so a case never ends up with nobody who may act).</li>
 * <li>Any member may <b>add</b> a colleague; the colleague must be an enabled Keycloak user with the case-worker role
 *     and the case's region ({@link CaseWorkerDirectory}), unless a network-admin of the case's region allowed that
 *     one worker of another region onto that one case, with a reason ({@link AllowanceService}); then only the
 *     region is not asked. A withdrawn allowance lets nobody else join and removes nobody. Accepting a handover is
 *     the other way onto a team.</li>
 * <li><b>Consent</b> (IDENTITY, JOURNAL) is recorded and revoked only by the steward, never for themselves; a consent
 *     for a lead who is not the creator is recorded or revoked by the creator, who collected the data.</li>
 * <li>The <b>lead</b> is handed over by the current lead to another member; while there is no lead, the steward
 *     appoints one (themselves included). The new lead is verified like a new member.</li>
 * <li>The steward <b>removes</b> other members, never the creator; any member may <b>leave</b>, the creator only
 *     while another member is lead. The last member cannot leave.</li>
 * <li>A member's organisation and role are changed by that member or the steward.</li>
 * <li>Only the steward <b>closes</b> the case.</li>
 * </ol>
 */
public final class TeamRules {

    private TeamRules() {
    }

    /** The member who may act for the team: the lead, else the creator, else the longest-serving member. */
    public static String steward(CareCase c) {
        List<CaseMember> members = CaseMember.ofCase(c.id); // ordered by addedAt: the first is the longest-serving
        // a lead no longer on the team (data of before these rules) counts as none, as the no-lead alert has it
        if (c.leadUsername != null && members.stream().anyMatch(m -> m.username.equals(c.leadUsername))) {
            return c.leadUsername;
        }
        if (members.stream().anyMatch(m -> m.username.equals(c.createdBy))) {
            return c.createdBy;
        }
        return members.isEmpty() ? null : members.get(0).username;
    }

    public static void requireSteward(CareCase c, String me, String what) {
        if (!me.equals(steward(c))) {
            throw ProblemException.forbidden("only the case's lead (or, while it has none, its creator) may " + what);
        }
    }

    /** Rule 3, for recording and revoking alike. */
    public static void requireMayGiveConsent(CareCase c, String me, String member) {
        if (me.equals(member)) {
            throw ProblemException.forbidden("nobody records or revokes a consent for themselves: the case's lead"
                    + " does (the creator for the lead)");
        }
        boolean forLeadByCreator = member.equals(c.leadUsername) && me.equals(c.createdBy);
        if (!forLeadByCreator) {
            requireSteward(c, me, "record or revoke a consent");
        }
    }

    /** Rule 4. */
    public static void requireMayAppointLead(CareCase c, String me) {
        requireSteward(c, me, "choose the lead");
    }

    /** Rule 5. */
    public static void requireMayRemove(CareCase c, String me, String member) {
        if (me.equals(member)) {
            if (member.equals(c.createdBy) && (c.leadUsername == null || c.leadUsername.equals(member))) {
                throw ProblemException.forbidden("the creator leaves only once another member is the lead");
            }
            return;
        }
        if (member.equals(c.createdBy)) {
            throw ProblemException.forbidden("the creator of the case is removed by nobody but themselves");
        }
        requireSteward(c, me, "remove other members");
    }

    /** Rule 6. */
    public static void requireMayChangeMember(CareCase c, String me, String member) {
        if (!me.equals(member)) {
            requireSteward(c, me, "change another member's organisation or role");
        }
    }

    /** Rule 7. */
    public static void requireMayClose(CareCase c, String me) {
        requireSteward(c, me, "close the case");
    }
}
