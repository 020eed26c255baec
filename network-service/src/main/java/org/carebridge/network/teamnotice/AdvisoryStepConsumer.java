package org.carebridge.network.teamnotice;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.TeamStep;
import org.carebridge.network.referral.Referral;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;

/**
 * Tells a case's team, live and by email (STEP), when the advisory group takes its referral up: an owner, a
 * session's agenda, a decision, a closure (issue 18: information flows back down). Advice comes by its own event
 * (ADVICE, from referral). The group's reminders and climbs go to its own members instead, by email
 * ({@link AdvisoryReminders}). Whatever escapes from here goes to network-service.dead-letters, so only poison may.
 */
@ApplicationScoped
public class AdvisoryStepConsumer {

    private static final Logger LOG = Logger.getLogger(AdvisoryStepConsumer.class);
    /** the steps the team waits for; a reminder or a climb is the advisory group's own business (emailed to it) */
    static final Set<String> FOR_THE_TEAM = Set.of("OWNER_SET", "TAKEN_UP", "DECISION", "CLOSED");

    private final ConsumerIntake intake;
    private final Event<TeamStep> teamSteps;
    private final AdvisoryReminders reminders;

    public AdvisoryStepConsumer(EventIntake intake, Event<TeamStep> teamSteps, AdvisoryReminders reminders) {
        this.intake = intake.forConsumer("network-service.advisory-steps");
        this.teamSteps = teamSteps;
        this.reminders = reminders;
    }

    @Incoming("advisory-steps")
    @Blocking // reads PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the intake's audit reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        intake.take(value, ReferralStepV1.TYPE, ReferralStepV1.class, this::tellTheTeam);
    }

    /**
     * In the inbox's transaction: the team (for a reminder or a climb, the advisory member it names) hears of it once
     * it committed, and once per event.
     */
    void tellTheTeam(ReferralStepV1 step, CloudEvent event) {
        Referral referral = Referral.findById(step.referralId());
        if (referral == null || !referral.escalationId.equals(step.escalationId())) {
            // every referral starts here: one we do not know, or on another escalation, is no step of ours
            throw new PoisonEventException("advisory step " + step.stepId() + " names referral " + step.referralId()
                    + " and escalation " + step.escalationId() + ", which network-service did not refer");
        }
        Escalation e = Escalation.findById(step.escalationId());
        if (AdvisoryReminders.isReminder(step.step())) {
            reminders.tell(step, e.region);
            return;
        }
        if (!FOR_THE_TEAM.contains(step.step())) {
            LOG.debugf("advisory step %s (%s) is not for the team, event %s", step.stepId(), step.step(), event.id());
            return;
        }
        // as the Recorder fires a bridge step: TeamNotifier tells the team after the commit
        teamSteps.fire(new TeamStep(step.stepId(), e.id, e.caseId, e.region, step.step(), step.actor(), step.at(),
                List.of()));
    }
}
