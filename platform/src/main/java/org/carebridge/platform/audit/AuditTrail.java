package org.carebridge.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records who read or changed what, in the same transaction as the access: no access without its audit line.
 * Never put personal data in {@code reason}: it is read by auditors of every region.
 */
@ApplicationScoped
public class AuditTrail {

    private final CurrentUser user;
    private final String systemActor;

    public AuditTrail(CurrentUser user, @ConfigProperty(name = "carebridge.events.source") String source) {
        this.user = user;
        // a consumer or scheduled job has no token: name the service rather than record an empty actor
        this.systemActor = "system:" + source;
    }

    /**
     * The reason of an audit line for a change a consumed event made: the event and its producer, the same words in
     * every service, so an auditor follows one event through all of them.
     */
    public static String fromEvent(CloudEvent event) {
        return "event " + event.id() + " from " + event.source();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, UUID caseId, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = user.isAnonymous() ? systemActor : user.username();
        entry.actorRoles = String.join(",", user.roles());
        entry.action = action;
        entry.objectType = objectType;
        entry.objectId = objectId == null ? null : objectId.toString();
        entry.caseId = caseId;
        entry.reason = reason;
        entry.persist();
    }
}
