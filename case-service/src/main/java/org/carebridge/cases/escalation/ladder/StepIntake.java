package org.carebridge.cases.escalation.ladder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.carebridge.platform.locking.RowLock;
import org.carebridge.platform.time.Clocks;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.UUID;

/**
 * Applies one step of the bridge or of the advisory group (in EventIntake's transaction with its inbox row): the
 * escalation takes it and the Recorder keeps it (step row aside: the timeline line, audit line and CaseChanged),
 * once per step id however often and under whichever event id it is delivered.
 */
@ApplicationScoped
public class StepIntake {

    public static final String AUDIT_STEP = "ESCALATION_STEP";
    private static final Logger LOG = Logger.getLogger(StepIntake.class);

    /** What the step did, for the Recorder. */
    private final Event<Object> happened;
    private final Clock clock;

    public StepIntake(Event<Object> happened, Clock clock) {
        this.happened = happened;
        this.clock = clock;
    }

    public void bridge(EscalationStepV1 data, CloudEvent event) {
        Escalation known = known(data.escalationId(), event);
        if (known == null) {
            return;
        }
        if (!known.caseId.equals(data.caseId())) {
            // ids crossed upstream: keeping the step would show it to another youth's team
            throw new PoisonEventException("step " + data.stepId() + " names escalation " + data.escalationId()
                    + " of another case than " + data.caseId());
        }
        take(known, LadderStep.of(data), event);
    }

    public void advisory(ReferralStepV1 data, CloudEvent event) {
        Escalation known = known(data.escalationId(), event);
        if (known != null) {
            take(known, LadderStep.of(data), event);
        }
    }

    /**
     * Escalation ids come from us and were committed before their event left, so an unknown one never becomes known
     * (e.g. erased after retention): neither redelivery nor the dead letters can help, it is logged and skipped.
     */
    private static Escalation known(UUID escalationId, CloudEvent event) {
        Escalation known = Escalation.findById(escalationId);
        if (known == null) {
            LOG.warnf("step event %s for unknown escalation %s skipped", event.id(), escalationId);
        }
        return known;
    }

    private void take(Escalation known, LadderStep step, CloudEvent event) {
        // lock order of the REST side (case, then escalation), so a concurrent withdrawal cannot deadlock with us
        CareCase.findById(known.caseId, LockModeType.PESSIMISTIC_WRITE);
        Escalation e = RowLock.reread(known); // read before the lock: read again under it
        if (EscalationStep.findById(step.stepId()) != null) {
            // the inbox knows event ids only; a producer's replay sends the same step under a new one
            LOG.infof("step %s (event %s) of escalation %s was kept before; skipped", step.stepId(), event.id(), e.id);
            return;
        }
        Escalation.StepTaken taken = e.stepTaken(step, Clocks.now(clock));
        taken.step().persist();
        happened.fire(taken);
    }
}
