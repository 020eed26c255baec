package org.carebridge.advisory.digest;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.advisory.erasure.CaseDigestErasedV1;
import org.carebridge.advisory.erasure.ErasureService;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds every case digest into the maintained statistics, and applies the erasure of a case (same topic, same
 * key: after the case's last digest). Whatever escapes from here goes to advisory-service.dead-letters, so only
 * poison may escape: transient failures are retried first.
 */
@ApplicationScoped
public class DigestConsumer {

    private final ConsumerIntake digestIntake;
    private final ConsumerIntake erasureIntake;
    private final DigestService digests;
    private final ErasureService erasures;

    public DigestConsumer(EventIntake intake, DigestService digests, ErasureService erasures) {
        this.digestIntake = intake.forConsumer("advisory-service.case-digests");
        // the erasures share the topic but have always been recorded in the inbox under a name of their own
        this.erasureIntake = intake.forConsumer("advisory-service.case-erasures");
        this.digests = digests;
        this.erasures = erasures;
    }

    @Incoming("case-digests")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        CloudEvent event = digestIntake.envelope(value);
        switch (event.type()) {
            case CaseDigestV1.TYPE -> digestIntake.apply(event, CaseDigestV1.class, digests::apply);
            case CaseDigestErasedV1.TYPE -> erasureIntake.apply(event, CaseDigestErasedV1.class, erasures::apply);
            default -> digestIntake.skip(event);
        }
    }
}
