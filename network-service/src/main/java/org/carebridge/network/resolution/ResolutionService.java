package org.carebridge.network.resolution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.network.escalation.BridgeRequests;
import org.carebridge.network.escalation.BridgeStep;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.EscalationService;
import org.carebridge.network.escalation.EscalationView;
import org.carebridge.network.privacy.CaseIdentifiers;
import org.carebridge.network.privacy.TextScrubber;
import org.carebridge.platform.security.CurrentUser;

import java.util.UUID;

/**
 * Closes an escalation with an outcome and advice for the case team: a step (RESOLVED) the Recorder keeps, so the
 * status change, the audit line and the {@code network.escalation-resolved.v1} event commit together (outbox); the
 * bridge's notes stay behind. The advice leaves for case-service, so it is scrubbed like the referral's question
 * (TextScrubber).
 */
@ApplicationScoped
public class ResolutionService {

    private final EscalationService escalations;
    private final CurrentUser user;
    private final Event<BridgeStep.Taken> recorded;

    public ResolutionService(EscalationService escalations, CurrentUser user, Event<BridgeStep.Taken> recorded) {
        this.escalations = escalations;
        this.user = user;
        this.recorded = recorded;
    }

    /** Only the owner resolves, while it is open (claimed, referred or advised); once, and only once. */
    @Transactional
    public EscalationView resolve(UUID id, BridgeRequests.Resolution request) {
        Escalation e = escalations.visible(id, LockModeType.PESSIMISTIC_WRITE);
        TextScrubber.Scrubbed advice = TextScrubber.scrub(request.advice(), CaseIdentifiers.of(e));
        recorded.fire(e.resolve(request.outcome(), advice.text(), advice.removed(), user.username(),
                escalations.now()).detail("outcome " + request.outcome()
                + (advice.scrubbed() ? ", removed from the advice: " + advice.removed() : "")));
        return escalations.detailed(e);
    }
}
