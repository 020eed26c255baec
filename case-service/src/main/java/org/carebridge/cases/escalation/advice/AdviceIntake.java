package org.carebridge.cases.escalation.advice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.platform.time.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Applies one advice event (in EventIntake's transaction with its inbox row): the escalation becomes ADVISED and
 * the advice lands in the case's timeline, once, however often Kafka delivers it.
 */
@ApplicationScoped
public class AdviceIntake {

    private static final Logger LOG = Logger.getLogger(AdviceIntake.class);

    private final Pseudonyms pseudonyms;
    private final Timeline timeline;
    private final Event<CaseChanged> changed;
    private final Clock clock;

    public AdviceIntake(Pseudonyms pseudonyms, Timeline timeline,
                        Event<CaseChanged> changed, Clock clock) {
        this.pseudonyms = pseudonyms;
        this.timeline = timeline;
        this.changed = changed;
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
        OffsetDateTime now = Clocks.now(clock);
        escalation.advised(now);
        timeline.append(escalation.caseId, now, TimelineKind.ADVICE_RECEIVED, advice.givenBy(), advice.advice(),
                advice.adviceId());
        changed.fire(new CaseChanged(escalation.caseId));
    }
}
