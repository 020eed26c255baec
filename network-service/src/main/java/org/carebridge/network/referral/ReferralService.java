package org.carebridge.network.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.network.escalation.BridgeStep;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.EscalationService;
import org.carebridge.network.escalation.EscalationView;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.network.notification.TeamNews;
import org.carebridge.network.privacy.CaseIdentifiers;
import org.carebridge.network.privacy.TextScrubber;
import org.carebridge.platform.time.Clocks;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.network.vocabulary.TriedMeasure;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.carebridge.platform.security.CurrentUser;
import org.jboss.logging.Logger;

import static org.carebridge.platform.time.Clocks.utc;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Refers a claimed escalation to the advisory group as a pseudonymised digest, and attaches the advice that
 * comes back. The question is scrubbed of what identifies the case before it is stored or sent (TextScrubber). Both
 * are steps of the escalation (REFERRED, ADVISED) that the Recorder keeps: the referral row, the status change, the
 * audit line and the outgoing events commit together (outbox).
 */
@ApplicationScoped
public class ReferralService {

    private static final Logger LOG = Logger.getLogger(ReferralService.class);

    private final EscalationService escalations;
    private final CurrentUser user;
    private final Event<BridgeStep.Taken> recorded;
    private final Clock clock;
    private final Event<TeamNews> teamNews;

    public ReferralService(EscalationService escalations, CurrentUser user, Event<BridgeStep.Taken> recorded,
                           Clock clock, Event<TeamNews> teamNews) {
        this.clock = clock;
        this.teamNews = teamNews;
        this.escalations = escalations;
        this.user = user;
        this.recorded = recorded;
    }

    /**
     * Only the coordinator who claimed the escalation may refer it: 409 while it is not CLAIMED (claim it first,
     * or it was referred already), 403 when it is claimed by a colleague of the same region.
     */
    @Transactional
    public EscalationView refer(UUID escalationId, ReferralRequest request) {
        Escalation e = escalations.visible(escalationId, LockModeType.PESSIMISTIC_WRITE);
        String me = user.username();
        OffsetDateTime now = now();
        // the status change commits with the referral row and its event, or not at all
        BridgeStep.Taken step = e.refer(me, now);
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.escalationId = e.id;
        TextScrubber.Scrubbed question = TextScrubber.scrub(request.question(), CaseIdentifiers.of(e));
        referral.question = question.text();
        referral.questionRemoved = question.removed();
        referral.referredBy = me;
        referral.referredAt = now;
        // the digest is built before the step is kept: bridgeSteps say what was tried before the referral
        recorded.fire(step.making(referral).sending(digest(e, referral)).detail("referral " + referral.id
                + " to the advisory group"
                + (question.scrubbed() ? ", removed from the question: " + question.removed() : "")));
        return escalations.detailed(e);
    }

    /** The digest that leaves for the advisory group: built field by field, never by copying the escalation. */
    static ReferredToAdvisoryV1 digest(Escalation e, Referral referral) {
        return new ReferredToAdvisoryV1(referral.id, e.id, e.pseudonym, e.region, e.ageBand,
                e.domains.stream().map(Domain::valueOf).toList(), e.intensity, e.barrier, e.urgency,
                e.triedMeasures.stream().map(TriedMeasure::valueOf).toList(), referral.question, referral.referredBy,
                referral.referredAt, BridgeStep.of(e.id).stream()
                        .map(s -> new ReferredToAdvisoryV1.Step(s.step, utc(s.at))).toList());
    }

    /**
     * advisory-service gives one advice per referral; advice that does not fit a referral we sent (unknown
     * referral, other escalation or pseudonym, a second different advice) is poison, not something to guess about.
     * EventIntake commits the inbox row with the advice, so a redelivered event changes nothing.
     */
    public void attachAdvice(AdviceGivenV1 data, CloudEvent event) {
        Referral referral = Referral.findById(data.referralId(), LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw new PoisonEventException("advice " + data.adviceId() + " for unknown referral " + data.referralId());
        }
        if (!referral.escalationId.equals(data.escalationId())) {
            throw new PoisonEventException("advice " + data.adviceId() + " names escalation " + data.escalationId()
                    + " but referral " + referral.id + " belongs to escalation " + referral.escalationId);
        }
        if (referral.adviceId != null) {
            if (referral.adviceId.equals(data.adviceId())) {
                LOG.infof("advice %s already attached, %s ignored", data.adviceId(), event.id());
                return;
            }
            throw new PoisonEventException("referral " + referral.id + " already has advice " + referral.adviceId
                    + "; second advice " + data.adviceId() + " refused");
        }
        Escalation e = Escalation.findById(referral.escalationId, LockModeType.PESSIMISTIC_WRITE);
        if (!e.pseudonym.equals(data.pseudonym())) {
            throw new PoisonEventException("advice " + data.adviceId() + " carries another pseudonym than escalation "
                    + e.id);
        }
        referral.adviceId = data.adviceId();
        referral.advice = data.advice();
        referral.adviceGivenBy = data.givenBy();
        referral.adviceGivenAt = data.givenAt();
        // kept also when the bridge resolved (or the team withdrew) meanwhile: the ending stands, the advice is kept
        recorded.fire(e.advised(data.givenBy(), data.givenAt())
                .detail("advice " + data.adviceId() + " on referral " + referral.id + ", event " + event.id()));
        teamNews.fire(new TeamNews(BridgeNotification.Kind.ADVICE, e.region, e.caseId, e.id, "ADVICE",
                data.givenAt()));
    }

    private OffsetDateTime now() {
        return Clocks.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
