package org.carebridge.network.alert;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.inbox.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Puts each alert case-service raises into the alert list of its region; poison goes to the dead letters. */
@ApplicationScoped
public class AlertConsumer {

    private static final Logger LOG = Logger.getLogger(AlertConsumer.class);

    private final EventReader events;
    private final AlertService alerts;
    private final TransientRetry retry;

    public AlertConsumer(EventReader events, AlertService alerts, TransientRetry retry) {
        this.events = events;
        this.alerts = alerts;
        this.retry = retry;
    }

    @Incoming("case-alerts")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void onEvent(String value) {
        CloudEvent event = events.envelope(value);
        if (!CaseAlertRaisedV1.TYPE.equals(event.type())) {
            LOG.debugf("ignoring %s %s on %s", event.type(), event.id(), CaseAlertRaisedV1.TOPIC);
            return;
        }
        CaseAlertRaisedV1 data = events.data(event, CaseAlertRaisedV1.class);
        retry.run(event.type() + " " + event.id(), () -> alerts.receive(data, event));
    }
}
