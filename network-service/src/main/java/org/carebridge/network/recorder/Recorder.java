package org.carebridge.network.recorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.carebridge.network.escalation.BridgeStep;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.EscalationService;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.platform.audit.AuditTrail;

/**
 * Turns a step the bridge took (what an escalation's transition returned, fired by the service or the watch) into
 * what the bridge keeps and tells of it: the row the step made, the step row, the audit line, and the notification
 * last. It observes synchronously, in the caller's transaction, so whatever fails here rolls the step back with it;
 * the notification itself goes out only after the commit (NotificationHub, EmailNotifier). A new step kind needs
 * nothing here.
 */
@ApplicationScoped
public class Recorder {

    private final AuditTrail audit;
    private final Event<BridgeNotification> notify;

    public Recorder(AuditTrail audit, Event<BridgeNotification> notify) {
        this.audit = audit;
        this.notify = notify;
    }

    void taken(@Observes BridgeStep.Taken step) {
        Escalation e = step.escalation();
        if (step.made() != null) {
            step.made().persist();
        }
        BridgeStep.record(e.id, step.kind(), step.at(), step.actor());
        audit.record(step.kind().auditAction, EscalationService.OBJECT_TYPE, e.id, e.caseId, step.auditDetail());
        if (step.tell() != null) {
            notify.fire(step.tell());
        }
    }
}
