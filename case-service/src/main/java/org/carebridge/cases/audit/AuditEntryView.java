package org.carebridge.cases.audit;

import org.carebridge.platform.audit.AuditEntry;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AuditEntryView(UUID id, OffsetDateTime at, String actor, String actorRoles, String action,
                             String objectType, String objectId, UUID caseId, String reason) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.at, e.actor, e.actorRoles, e.action, e.objectType, e.objectId, e.caseId,
                e.reason);
    }
}
