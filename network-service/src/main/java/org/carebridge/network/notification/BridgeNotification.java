package org.carebridge.network.notification;

import org.carebridge.platform.security.Roles;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Something the bridge coordinators of a region, or one user, must hear about. Fired inside the transaction that
 * caused it and delivered only after that transaction committed, so nobody is told about a change that was rolled
 * back. Carries ids and categories only: the receiver opens the escalation or alert to see more (and is audited there).
 *
 * @param recipient a single user (the lead coordinator an escalation climbed to, a member of the case's team, an
 *                  invitee, an advisory owner or chair), or null for every bridge coordinator of the region (for an
 *                  advisory kind: every advisory member of the region, see {@link Kind#forAdvisoryGroup})
 * @param subjectId the escalation (STEP, ADVICE, CONSULTATION_INVITE and the bridge's kinds), the alert (ALERT) or
 *                  the handover (HANDOVER_TO_ACCEPT) or the advisory referral (ADVISORY_REMINDED, ADVISORY_CLIMBED)
 */
public record BridgeNotification(Kind kind, String region, String recipient, UUID subjectId, UUID caseId,
                                 String summary, OffsetDateTime at) {

    /** Each kind with the roles it is mailed to: what a user's email settings offer them to mute. */
    public enum Kind {
        NEW_ESCALATION(Roles.BRIDGE_COORDINATOR), ALERT(Roles.BRIDGE_COORDINATOR, Roles.CASE_WORKER),
        RENOTIFIED(Roles.BRIDGE_COORDINATOR), CLIMBED(Roles.BRIDGE_COORDINATOR), REASSIGNED(Roles.BRIDGE_COORDINATOR),
        /** for a case's team: a step on its escalation, advice arrived, a handover to accept, a table to attend */
        STEP(Roles.CASE_WORKER), ADVICE(Roles.CASE_WORKER), HANDOVER_TO_ACCEPT(Roles.CASE_WORKER),
        CONSULTATION_INVITE(Roles.CASE_WORKER, Roles.BRIDGE_COORDINATOR),
        /** for the advisory tier, by email only ({@link AdvisoryNotice}): a referral's owner reminded, a climb to the chair */
        ADVISORY_REMINDED(Roles.ADVISORY_MEMBER), ADVISORY_CLIMBED(Roles.ADVISORY_MEMBER);

        private final Set<String> mailedTo;

        Kind(String... mailedTo) {
            this.mailedTo = Set.of(mailedTo);
        }

        public boolean mailedToAny(Set<String> roles) {
            return roles.stream().anyMatch(mailedTo::contains);
        }

        /** Addressed to nobody in particular, this kind is for the region's advisory group, not its coordinators. */
        public boolean forAdvisoryGroup() {
            return mailedTo.equals(Set.of(Roles.ADVISORY_MEMBER));
        }
    }
}
