package org.carebridge.cases.escalation.resolution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.platform.locking.RowLock;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Applies one resolution (in EventIntake's transaction with its inbox row): the escalation gets the bridge's outcome
 * and advice (and status RESOLVED while it was open), and the case's timeline says so, once however often Kafka
 * delivers it.
 */
@ApplicationScoped
public class ResolutionIntake {

    public static final String AUDIT_RESOLVED = "ESCALATION_RESOLVED";
    private static final Logger LOG = Logger.getLogger(ResolutionIntake.class);

    /** What the resolution did, for the Recorder: its timeline line, audit line and CaseChanged. */
    private final Event<Object> happened;
    private final Clock clock;

    public ResolutionIntake(Event<Object> happened, Clock clock) {
        this.happened = happened;
        this.clock = clock;
    }

    public void apply(CloudEvent event, EscalationResolvedV1 resolution) {
        Escalation known = Escalation.findById(resolution.escalationId());
        if (known == null) {
            // Escalation ids come from us and were committed before their event left, so an unknown one never
            // becomes known (e.g. erased after retention): neither redelivery nor the dead letters can help.
            LOG.warnf("resolution event %s for unknown escalation %s skipped", event.id(), resolution.escalationId());
            return;
        }
        if (!known.caseId.equals(resolution.caseId())) {
            throw new PoisonEventException("resolution " + event.id() + " names escalation "
                    + resolution.escalationId() + " of another case than " + resolution.caseId());
        }
        // lock order of the REST side (case, then escalation), so a concurrent withdrawal cannot deadlock with us
        CareCase c = CareCase.findById(known.caseId, LockModeType.PESSIMISTIC_WRITE);
        if (!c.region.equals(resolution.region())) {
            throw new PoisonEventException("resolution " + event.id() + " names region " + resolution.region()
                    + " but escalation " + resolution.escalationId() + " belongs to another region");
        }
        Escalation e = RowLock.reread(known); // read before the lock: read again under it
        e.resolveByBridge(c, resolution.outcome(), resolution.advice(), resolution.resolvedBy(),
                        resolution.resolvedAt(), Clocks.now(clock))
                .ifPresentOrElse(happened::fire, () -> LOG.warnf(
                        "escalation %s was already resolved; a second resolution %s is ignored", e.id, event.id()));
    }
}
