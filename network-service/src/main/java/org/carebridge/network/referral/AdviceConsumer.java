package org.carebridge.network.referral;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Brings the advisory group's advice back to the escalation it was asked for. Whatever escapes from here goes to
 * network-service.dead-letters, so only poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class AdviceConsumer {

    private final ConsumerIntake intake;
    private final ReferralService referrals;

    public AdviceConsumer(EventIntake intake, ReferralService referrals) {
        this.intake = intake.forConsumer("network-service.advisory-advice");
        this.referrals = referrals;
    }

    @Incoming("advisory-advice")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        intake.take(value, AdviceGivenV1.TYPE, AdviceGivenV1.class, referrals::attachAdvice);
    }
}
