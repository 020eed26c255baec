package org.carebridge.advisory.audit;

import org.carebridge.advisory.support.Clocks;
import org.carebridge.platform.audit.AuditEntry;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of advisory-service's audit trail (it never holds a case id: the field is always null here). */
public record AuditEntryView(UUID id, OffsetDateTime at, String actor, String actorRoles, String action,
                             String objectType, String objectId, String reason) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, Clocks.utc(e.at), e.actor, e.actorRoles, e.action, e.objectType, e.objectId,
                e.reason);
    }
}
