package org.carebridge.cases.team;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.platform.problem.ProblemException;


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
 *     for a lead who is not the creator is recorded or revoked by the creator, who collected the data
 *     ({@code consent.ConsentRules#requireMayGiveConsent}, next to the consents it guards).</li>
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

    public static void requireSteward(CareCase c, String me, String what) {
        if (!me.equals(c.steward())) {
            throw ProblemException.forbidden("only the case's lead (or, while it has none, its creator) may " + what);
        }
    }

    /** Rule 4. */
    public static void requireMayAppointLead(CareCase c, String me) {
        requireSteward(c, me, "choose the lead");
    }

    /** Rule 5; the last member of a {@code teamSize} of one is refused first, as a conflict (409). */
    public static void requireMayRemove(CareCase c, String me, String member, long teamSize) {
        if (teamSize == 1) {
            throw ProblemException.conflict("the last member cannot leave: the case would have no team");
        }
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
