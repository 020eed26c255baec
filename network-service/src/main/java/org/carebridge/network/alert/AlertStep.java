package org.carebridge.network.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a coordinator did with an alert, as the alert's transition returns it: AlertService audits it under the
 * kind's action. The detail names usernames only (the alert's kind and cause stay on the alert).
 */
public record AlertStep(Kind kind, UUID alertId, UUID caseId, String actor, OffsetDateTime at, String detail) {

    public enum Kind {
        ACKNOWLEDGED("ACKNOWLEDGE"), ASSIGNED("ASSIGN");

        /** The action of the audit line. */
        public final String auditAction;

        Kind(String auditAction) {
            this.auditAction = auditAction;
        }
    }
}
