package org.carebridge.cases.escalation.ladder;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives the steps above the team: {@code network.escalation-step.v1} from topic network.steps and
 * {@code advisory.referral-step.v1} from topic advisory.steps, each under its own consumer name. Anything thrown
 * from here sends the record to case-service.dead-letters with the reason, so only poison may escape.
 */
@ApplicationScoped
public class StepConsumers {

    private final ConsumerIntake bridgeSteps;
    private final ConsumerIntake advisorySteps;
    private final StepIntake steps;

    public StepConsumers(EventIntake intake, StepIntake steps) {
        this.bridgeSteps = intake.forConsumer("case-service.network-steps");
        this.advisorySteps = intake.forConsumer("case-service.advisory-steps");
        this.steps = steps;
    }

    @Incoming("network-steps")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void bridge(String value) {
        bridgeSteps.take(value, EscalationStepV1.TYPE, EscalationStepV1.class, steps::bridge);
    }

    @Incoming("advisory-steps")
    @Blocking
    @ActivateRequestContext
    public void advisory(String value) {
        advisorySteps.take(value, ReferralStepV1.TYPE, ReferralStepV1.class, steps::advisory);
    }
}
