package org.carebridge.advisory.digest;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds every case digest into the maintained statistics. Whatever escapes from here goes to
 * advisory-service.dead-letters, so only poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class DigestConsumer {

    private final EventIntake intake;
    private final DigestService digests;

    public DigestConsumer(EventIntake intake, DigestService digests) {
        this.intake = intake;
        this.digests = digests;
    }

    @Incoming("case-digests")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        intake.take(value, CaseDigestV1.TYPE, CaseDigestV1.class, digests::apply);
    }
}
