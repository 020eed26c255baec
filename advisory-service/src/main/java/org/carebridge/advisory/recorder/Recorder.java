package org.carebridge.advisory.recorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.advisory.lesson.Lesson;
import org.carebridge.advisory.lesson.LessonPublishedV1;
import org.carebridge.advisory.referral.AdviceGivenV1;
import org.carebridge.advisory.referral.Referral;
import org.carebridge.advisory.referral.ReferralStep;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;

/**
 * Keeps what a transition of the advisory tier returned, fired by a service or the watch: a step on a referral (the
 * audit line and {@code advisory.referral-step.v1} for the case team), the advice on it (the audit line and
 * {@code advisory.advice-given.v1} for the bridge and the case team) and a lesson's new revision (the audit line and
 * {@code advisory.lesson-published.v1} for every tier). It observes synchronously, in the caller's transaction, so
 * whatever fails here rolls the transition back with it; the outbox relays after the commit.
 * A new step kind needs nothing here.
 */
@ApplicationScoped
public class Recorder {

    static final String REFERRAL = "referral";
    static final String LESSON = "lesson";

    private final AuditTrail audit;
    private final Outbox outbox;

    public Recorder(AuditTrail audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    void taken(@Observes ReferralStep step) {
        audit.record(step.kind().auditAction, REFERRAL, step.referral().id, null, step.auditDetail());
        outbox.publish(ReferralStepV1.of(step));
    }

    /** The advice is a fact of its own on the wire, not a referral step: its own event, as before the recorder. */
    void advised(@Observes Referral.Advised advice) {
        audit.record("ADVISE", REFERRAL, advice.referral().id, null, "advice " + advice.adviceId());
        outbox.publish(AdviceGivenV1.of(advice));
    }

    void published(@Observes Lesson.Published revision) {
        audit.record("PUBLISH", LESSON, revision.lesson().id, null, "revision " + revision.revision());
        outbox.publish(LessonPublishedV1.of(revision));
    }
}
