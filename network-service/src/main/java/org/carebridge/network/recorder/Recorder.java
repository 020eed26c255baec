package org.carebridge.network.recorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.carebridge.network.escalation.BridgeStep;
import org.carebridge.network.escalation.Consultation;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.EscalationService;
import org.carebridge.network.escalation.EscalationStepV1;
import org.carebridge.network.escalation.TeamStep;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;

import java.util.List;

/**
 * Turns a step the bridge took (what an escalation's transition returned, fired by the services, the watch and the
 * consumers) into what the bridge keeps and tells of it: the row the step made, the step row, the audit line, the
 * event the step sends, and for a step meant for the case team its network.escalation-step.v1 and the TeamStep
 * notification observes; the bridge's own notification last. It observes synchronously, in the caller's transaction,
 * so whatever fails here rolls the step back with it and the events (outbox) exist exactly when the step does; the
 * notifications themselves go out only after the commit (NotificationHub, EmailNotifier). A new step kind needs
 * nothing here.
 */
@ApplicationScoped
public class Recorder {

    private final AuditTrail audit;
    private final Outbox outbox;
    private final Event<BridgeNotification> notify;
    private final Event<TeamStep> teamSteps;

    public Recorder(AuditTrail audit, Outbox outbox, Event<BridgeNotification> notify, Event<TeamStep> teamSteps) {
        this.audit = audit;
        this.outbox = outbox;
        this.notify = notify;
        this.teamSteps = teamSteps;
    }

    void taken(@Observes BridgeStep.Taken step) {
        Escalation e = step.escalation();
        if (step.made() != null) {
            step.made().persist();
        }
        BridgeStep row = BridgeStep.record(e.id, step.kind(), step.at(), step.actor(), step.team() != null);
        audit.record(step.kind().auditAction, EscalationService.OBJECT_TYPE, e.id, e.caseId, step.auditDetail());
        if (step.sends() != null) {
            outbox.publish(step.sends());
        }
        if (step.team() != null) {
            outbox.publish(EscalationStepV1.of(row, e, step.team()));
            Consultation table = step.team().consultation();
            teamSteps.fire(new TeamStep(row.id, e.id, e.caseId, e.region, row.step.name(), row.actor, row.at,
                    table == null ? List.of() : table.members));
        }
        if (step.tell() != null) {
            notify.fire(step.tell());
        }
    }
}
