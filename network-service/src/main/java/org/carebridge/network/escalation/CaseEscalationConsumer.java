package org.carebridge.network.escalation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.inbox.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Puts each escalation case-service raises into the bridge inbox of its region, and takes it out again
 * when the team withdraws it. Whatever escapes from here sends
 * the record to network-service.dead-letters, so only poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class CaseEscalationConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEscalationConsumer.class);

    private final EventReader events;
    private final EscalationService escalations;
    private final TransientRetry retry;

    public CaseEscalationConsumer(EventReader events, EscalationService escalations, TransientRetry retry) {
        this.events = events;
        this.escalations = escalations;
        this.retry = retry;
    }

    @Incoming("case-escalations")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void onEvent(String value) {
        CloudEvent event = events.envelope(value);
        String what = event.type() + " " + event.id();
        switch (event.type()) {
            case CaseEscalatedV1.TYPE -> {
                CaseEscalatedV1 data = events.data(event, CaseEscalatedV1.class);
                retry.run(what, () -> escalations.receive(data, event));
            }
            case CaseEscalationWithdrawnV1.TYPE -> {
                CaseEscalationWithdrawnV1 data = events.data(event, CaseEscalationWithdrawnV1.class);
                retry.run(what, () -> escalations.withdraw(data, event));
            }
            // a type a later case-service adds to the topic is not poison: we just do not know it yet
            default -> LOG.debugf("ignoring %s on %s", what, CaseEscalatedV1.TOPIC);
        }
    }
}
