package org.carebridge.advisory.recorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.advisory.referral.ReferralStep;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;

/**
 * Keeps a step the advisory tier took on a referral (what a Referral transition returned, fired by a service or the
 * watch): the audit line and {@code advisory.referral-step.v1} for the case team. It observes synchronously, in the
 * caller's transaction, so whatever fails here rolls the step back with it; the outbox relays after the commit.
 * A new step kind needs nothing here.
 */
@ApplicationScoped
public class Recorder {

    static final String OBJECT_TYPE = "referral";

    private final AuditTrail audit;
    private final Outbox outbox;

    public Recorder(AuditTrail audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    void taken(@Observes ReferralStep step) {
        audit.record(step.kind().auditAction, OBJECT_TYPE, step.referral().id, null, step.auditDetail());
        outbox.publish(ReferralStepV1.of(step));
    }
}
