package org.carebridge.cases.escalation.advice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Applies one advice event (in EventIntake's transaction with its inbox row): the escalation becomes ADVISED and
 * the advice lands in the case's timeline, once, however often Kafka delivers it.
 */
@ApplicationScoped
public class AdviceIntake {

    private static final Logger LOG = Logger.getLogger(AdviceIntake.class);

    private final Pseudonyms pseudonyms;
    /** What the advice did, for the Recorder: its timeline line and CaseChanged. */
    private final Event<Object> happened;
    private final Clock clock;

    public AdviceIntake(Pseudonyms pseudonyms, Event<Object> happened, Clock clock) {
        this.pseudonyms = pseudonyms;
        this.happened = happened;
        this.clock = clock;
    }

    public void apply(AdviceGivenV1 advice, CloudEvent event) {
        Escalation escalation = Escalation.findById(advice.escalationId(), LockModeType.PESSIMISTIC_WRITE);
        if (escalation == null) {
            // Every escalation id comes from us and was committed before its event left, so an unknown one will
            // never become known (e.g. the case was erased after its retention period). Redelivering or
            // dead-lettering cannot help; the inbox row keeps it from being looked at again.
            LOG.warnf("advice %s for unknown escalation %s skipped", advice.adviceId(), advice.escalationId());
            return;
        }
        if (!pseudonyms.of(escalation.caseId).equals(advice.pseudonym())) {
            // Ids crossed somewhere upstream: attaching this advice would put it in the wrong youth's case.
            throw new PoisonEventException("advice " + advice.adviceId() + " names escalation "
                    + advice.escalationId() + " but carries the pseudonym of another case");
        }
        happened.fire(escalation.advised(advice.adviceId(), advice.givenBy(), advice.advice(), Clocks.now(clock)));
    }
}
