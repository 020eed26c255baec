package org.carebridge.advisory.referral;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Puts each referral from the bridge on the advisory group's table. Whatever escapes from here goes to
 * advisory-service.dead-letters, so only poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class ReferralConsumer {

    private final ConsumerIntake intake;
    private final ReferralService referrals;

    public ReferralConsumer(EventIntake intake, ReferralService referrals) {
        this.intake = intake.forConsumer("advisory-service.network-referrals");
        this.referrals = referrals;
    }

    @Incoming("network-referrals")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        intake.take(value, ReferredToAdvisoryV1.TYPE, ReferredToAdvisoryV1.class, referrals::receive);
    }
}
