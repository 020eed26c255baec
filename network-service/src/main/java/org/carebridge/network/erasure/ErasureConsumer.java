package org.carebridge.network.erasure;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Blanks everything network-service holds as free text about a case case-service erased (case.erasures). */
@ApplicationScoped
public class ErasureConsumer {

    private final ConsumerIntake intake;
    private final Erasure erasure;

    public ErasureConsumer(EventIntake intake, Erasure erasure) {
        this.intake = intake.forConsumer("network-service.case-erasures");
        this.erasure = erasure;
    }

    @Incoming("case-erasures")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        intake.take(value, CaseErasedV1.TYPE, CaseErasedV1.class, erasure::caseErased);
    }
}
