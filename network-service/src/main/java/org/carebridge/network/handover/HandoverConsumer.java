package org.carebridge.network.handover;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the handovers of every region from request to acceptance, decline or withdrawal. The four types share a topic
 * keyed by case id, so a handover's request always arrives before its answer.
 */
@ApplicationScoped
public class HandoverConsumer {

    private final ConsumerIntake intake;
    private final HandoverService handovers;

    public HandoverConsumer(EventIntake intake, HandoverService handovers) {
        this.intake = intake.forConsumer("network-service.case-handovers");
        this.handovers = handovers;
    }

    @Incoming("case-handovers")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        CloudEvent event = intake.envelope(value);
        switch (event.type()) {
            case CaseHandoverRequestedV1.TYPE -> intake.apply(event, CaseHandoverRequestedV1.class, handovers::requested);
            case CaseHandoverAcceptedV1.TYPE -> intake.apply(event, CaseHandoverAcceptedV1.class, handovers::accepted);
            case CaseHandoverDeclinedV1.TYPE -> intake.apply(event, CaseHandoverDeclinedV1.class, handovers::declined);
            case CaseHandoverWithdrawnV1.TYPE -> intake.apply(event, CaseHandoverWithdrawnV1.class, handovers::withdrawn);
            default -> intake.skip(event);
        }
    }
}
