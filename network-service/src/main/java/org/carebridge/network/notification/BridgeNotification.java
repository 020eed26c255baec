package org.carebridge.network.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something the bridge coordinators of a region must hear about. Fired inside the transaction that caused it and
 * delivered only after that transaction committed, so nobody is told about a change that was rolled back.
 * Carries ids and categories only: the receiver opens the escalation or alert to see more (and is audited there).
 *
 * @param recipient a single coordinator (e.g. the lead coordinator an escalation climbed to), or null for every
 *                  bridge coordinator of the region
 */
public record BridgeNotification(Kind kind, String region, String recipient, UUID subjectId, UUID caseId,
                                 String summary, OffsetDateTime at) {

    public enum Kind {
        NEW_ESCALATION, ALERT, RENOTIFIED, CLIMBED, REASSIGNED
    }
}
