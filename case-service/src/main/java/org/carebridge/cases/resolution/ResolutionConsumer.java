package org.carebridge.cases.resolution;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.inbox.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Receives {@code network.escalation-resolved.v1} from topic network.resolutions. Anything thrown from here sends
 * the record to case-service.dead-letters with the reason, so only poison may escape: transient failures are retried.
 */
@ApplicationScoped
public class ResolutionConsumer {

    private static final Logger LOG = Logger.getLogger(ResolutionConsumer.class);

    private final EventReader events;
    private final ResolutionIntake intake;
    private final TransientRetry retry;

    public ResolutionConsumer(EventReader events, ResolutionIntake intake, TransientRetry retry) {
        this.events = events;
        this.intake = intake;
        this.retry = retry;
    }

    @Incoming("network-resolutions")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        CloudEvent event = events.envelope(value);
        if (!EscalationResolvedV1.TYPE.equals(event.type())) {
            LOG.debugf("ignoring %s %s on %s: not for case-service", event.type(), event.id(), EscalationResolvedV1.TOPIC);
            return;
        }
        EscalationResolvedV1 resolution = events.data(event, EscalationResolvedV1.class);
        retry.run(event.type() + " " + event.id(), () -> intake.apply(event, resolution));
    }
}
