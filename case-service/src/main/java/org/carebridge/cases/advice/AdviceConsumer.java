package org.carebridge.cases.advice;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.inbox.TransientRetry;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventCodec;
import org.carebridge.platform.events.PoisonEventException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Receives {@code advisory.advice-given.v1} from topic advisory.advice. Anything thrown from here sends the record to
 * case-service.dead-letters with the reason, so only poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class AdviceConsumer {

    private static final Logger LOG = Logger.getLogger(AdviceConsumer.class);

    private final EventCodec codec;
    private final AdviceIntake intake;
    private final TransientRetry retry;

    public AdviceConsumer(EventCodec codec, AdviceIntake intake, TransientRetry retry) {
        this.codec = codec;
        this.intake = intake;
        this.retry = retry;
    }

    @Incoming("advisory-advice")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    public void consume(String value) {
        if (value == null) {
            throw new PoisonEventException("record without a value");
        }
        CloudEvent event = codec.envelope(value);
        if (!AdviceGivenV1.TYPE.equals(event.type())) {
            LOG.debugf("ignoring %s %s on advisory.advice: not for case-service", event.type(), event.id());
            return;
        }
        retry.run("advice event " + event.id(), () -> intake.apply(event));
    }
}
