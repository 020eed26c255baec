package org.carebridge.network.audit;

import org.carebridge.platform.audit.AuditEntry;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.carebridge.network.support.Clocks.utc;

/** One line of network-service's audit trail; caseId is the case the line concerns, if any. */
public record AuditEntryView(UUID id, OffsetDateTime at, String actor, String actorRoles, String action,
                             String objectType, String objectId, UUID caseId, String reason) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, utc(e.at), e.actor, e.actorRoles, e.action, e.objectType, e.objectId, e.caseId,
                e.reason);
    }
}
