package org.carebridge.network.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something the bridge coordinators of a region, or one user, must hear about. Fired inside the transaction that
 * caused it and delivered only after that transaction committed, so nobody is told about a change that was rolled
 * back. Carries ids and categories only: the receiver opens the escalation or alert to see more (and is audited there).
 *
 * @param recipient a single user (the lead coordinator an escalation climbed to, a member of the case's team, an
 *                  invitee, an advisory owner or chair), or null for every bridge coordinator of the region
 * @param subjectId the escalation (STEP, ADVICE, CONSULTATION_INVITE and the bridge's kinds), the alert (ALERT) or
 *                  the handover (HANDOVER_TO_ACCEPT) or the advisory referral (ADVISORY_REMINDED, ADVISORY_CLIMBED)
 */
public record BridgeNotification(Kind kind, String region, String recipient, UUID subjectId, UUID caseId,
                                 String summary, OffsetDateTime at) {

    public enum Kind {
        NEW_ESCALATION, ALERT, RENOTIFIED, CLIMBED, REASSIGNED,
        /** for a case's team: a step on its escalation, advice arrived, a handover to accept, a table to attend */
        STEP, ADVICE, HANDOVER_TO_ACCEPT, CONSULTATION_INVITE,
        /** for the advisory tier, by email only ({@link AdvisoryNotice}): a referral's owner reminded, a climb to the chair */
        ADVISORY_REMINDED, ADVISORY_CLIMBED
    }
}
