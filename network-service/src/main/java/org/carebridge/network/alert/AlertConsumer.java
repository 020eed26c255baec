package org.carebridge.network.alert;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Puts each alert case-service raises into the alert list of its region; poison goes to the dead letters. */
@ApplicationScoped
public class AlertConsumer {

    private final ConsumerIntake intake;
    private final AlertService alerts;

    public AlertConsumer(EventIntake intake, AlertService alerts) {
        this.intake = intake.forConsumer("network-service.case-alerts");
        this.alerts = alerts;
    }

    @Incoming("case-alerts")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        intake.take(value, CaseAlertRaisedV1.TYPE, CaseAlertRaisedV1.class, alerts::receive);
    }
}
