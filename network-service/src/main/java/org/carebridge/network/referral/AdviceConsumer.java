package org.carebridge.network.referral;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.inbox.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Brings the advisory group's advice back to the escalation it was asked for. Whatever escapes from here goes to
 * network-service.dead-letters, so only poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class AdviceConsumer {

    private static final Logger LOG = Logger.getLogger(AdviceConsumer.class);

    private final EventReader events;
    private final ReferralService referrals;
    private final TransientRetry retry;

    public AdviceConsumer(EventReader events, ReferralService referrals, TransientRetry retry) {
        this.events = events;
        this.referrals = referrals;
        this.retry = retry;
    }

    @Incoming("advisory-advice")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void onEvent(String value) {
        CloudEvent event = events.envelope(value);
        if (!AdviceGivenV1.TYPE.equals(event.type())) {
            LOG.debugf("ignoring %s %s on %s", event.type(), event.id(), AdviceGivenV1.TOPIC);
            return;
        }
        AdviceGivenV1 data = events.data(event, AdviceGivenV1.class);
        retry.run(event.type() + " " + event.id(), () -> referrals.attachAdvice(data, event));
    }
}
