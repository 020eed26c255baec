package org.carebridge.network.handover;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.inbox.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows the handovers of every region from request to acceptance or decline. The three types share a topic
 * keyed by case id, so a handover's request always arrives before its answer.
 */
@ApplicationScoped
public class HandoverConsumer {

    private static final Logger LOG = Logger.getLogger(HandoverConsumer.class);

    private final EventReader events;
    private final HandoverService handovers;
    private final TransientRetry retry;

    public HandoverConsumer(EventReader events, HandoverService handovers, TransientRetry retry) {
        this.events = events;
        this.handovers = handovers;
        this.retry = retry;
    }

    @Incoming("case-handovers")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void onEvent(String value) {
        CloudEvent event = events.envelope(value);
        String what = event.type() + " " + event.id();
        switch (event.type()) {
            case CaseHandoverRequestedV1.TYPE -> {
                var data = events.data(event, CaseHandoverRequestedV1.class);
                retry.run(what, () -> handovers.requested(data, event));
            }
            case CaseHandoverAcceptedV1.TYPE -> {
                var data = events.data(event, CaseHandoverAcceptedV1.class);
                retry.run(what, () -> handovers.accepted(data, event));
            }
            case CaseHandoverDeclinedV1.TYPE -> {
                var data = events.data(event, CaseHandoverDeclinedV1.class);
                retry.run(what, () -> handovers.declined(data, event));
            }
            default -> LOG.debugf("ignoring %s on %s", what, CaseHandoverRequestedV1.TOPIC);
        }
    }
}
