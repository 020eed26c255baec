package org.carebridge.cases.escalation.resolution;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives {@code network.escalation-resolved.v1} from topic network.resolutions. Anything thrown from here sends
 * the record to case-service.dead-letters with the reason, so only poison may escape: transient failures are retried.
 */
@ApplicationScoped
public class ResolutionConsumer {

    private final ConsumerIntake intake;
    private final ResolutionIntake resolutions;

    public ResolutionConsumer(EventIntake intake, ResolutionIntake resolutions) {
        this.intake = intake.forConsumer("case-service.resolutions");
        this.resolutions = resolutions;
    }

    @Incoming("network-resolutions")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        intake.take(value, EscalationResolvedV1.TYPE, EscalationResolvedV1.class,
                (resolution, event) -> resolutions.apply(event, resolution));
    }
}
