package org.carebridge.cases.escalation.advice;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives {@code advisory.advice-given.v1} from topic advisory.advice. Anything thrown from here sends the record to
 * case-service.dead-letters with the reason, so only poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class AdviceConsumer {

    private final ConsumerIntake intake;
    private final AdviceIntake advice;

    public AdviceConsumer(EventIntake intake, AdviceIntake advice) {
        this.intake = intake.forConsumer("case-service.advice");
        this.advice = advice;
    }

    @Incoming("advisory-advice")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    public void consume(String value) {
        intake.take(value, AdviceGivenV1.TYPE, AdviceGivenV1.class, advice::apply);
    }
}
