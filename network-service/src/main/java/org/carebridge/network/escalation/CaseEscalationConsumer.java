package org.carebridge.network.escalation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Puts each escalation case-service raises into the bridge inbox of its region, and takes it out again
 * when the team withdraws it. Whatever escapes from here sends
 * the record to network-service.dead-letters, so only poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class CaseEscalationConsumer {

    private final ConsumerIntake intake;
    private final EscalationService escalations;

    public CaseEscalationConsumer(EventIntake intake, EscalationService escalations) {
        this.intake = intake.forConsumer("network-service.case-escalations");
        this.escalations = escalations;
    }

    @Incoming("case-escalations")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        CloudEvent event = intake.envelope(value);
        switch (event.type()) {
            case CaseEscalatedV1.TYPE -> intake.apply(event, CaseEscalatedV1.class, escalations::receive);
            case CaseEscalationWithdrawnV1.TYPE -> intake.apply(event, CaseEscalationWithdrawnV1.class, escalations::withdraw);
            default -> intake.skip(event);
        }
    }
}
