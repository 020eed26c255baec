package org.carebridge.platform.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One line of a service's audit trail, its time in UTC as it was written (PostgreSQL hands it back in the session's
 * zone); caseId is the case the line concerns, if any (never set in advisory-service, which holds no case ids).
 */
public record AuditEntryView(UUID id, OffsetDateTime at, String actor, String actorRoles, String action,
                             String objectType, String objectId, UUID caseId, String reason) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.at == null ? null : e.at.withOffsetSameInstant(ZoneOffset.UTC), e.actor,
                e.actorRoles, e.action, e.objectType, e.objectId, e.caseId, e.reason);
    }
}
