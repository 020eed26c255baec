package org.carebridge.cases.escalation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.consent.ConsentRules;
import org.carebridge.cases.lesson.Suggestions;
import org.carebridge.cases.privacy.AgeBands;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.platform.time.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Raising and withdrawing an escalation: the escalation, the case's status, its timeline line and the event
 * (case.escalated.v1, case.escalation-withdrawn.v1) are one transaction, so the bridge hears of exactly what happened.
 */
@ApplicationScoped
public class EscalationService {

    /** Audit action of a withdrawal (kept here, beside the code that writes it, to spare CaseAudit merge churn). */
    public static final String AUDIT_WITHDRAWN = "ESCALATION_WITHDRAWN";

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final Outbox outbox;
    private final Pseudonyms pseudonyms;
    private final AgeBands ageBands;
    private final Suggestions suggestions;
    private final Event<CaseChanged> changed;
    private final Clock clock;
    private final ConsentRules consent;

    public EscalationService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline, Outbox outbox,
                             Pseudonyms pseudonyms, AgeBands ageBands, Suggestions suggestions,
                             Event<CaseChanged> changed, Clock clock, ConsentRules consent) {
        this.consent = consent;
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
        this.ageBands = ageBands;
        this.suggestions = suggestions;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public RaisedEscalationView raise(UUID caseId, NewEscalation body) {
        CareCase c = access.asMemberForUpdate(caseId); // the lock makes "one open escalation" race-free
        Optional<Escalation> openOne = Escalation.find("caseId = ?1 and status in ?2", caseId, EscalationStatus.OPEN)
                .firstResultOptional();
        OffsetDateTime now = Clocks.now(clock);
        Escalation e = Escalation.raise(c, openOne, body, user.username(), now).escalation();
        e.persist();

        timeline.append(caseId, now, TimelineKind.ESCALATED, e.raisedBy,
                "Escalated to the bridge: " + e.barrier + ", urgency " + e.urgency, e.id);
        outbox.publish(event(c, e));
        audit.record(CaseAudit.ESCALATION_RAISED, CaseAudit.ESCALATION, e.id, caseId, null);
        changed.fire(new CaseChanged(caseId));
        return new RaisedEscalationView(EscalationView.of(e, journal(c)), suggestions.forCase(c, e.barrier));
    }

    /** The team unblocked itself: the open escalation ends, the case is no longer escalated, the bridge is told. */
    @Transactional
    public EscalationView withdraw(UUID caseId, UUID escalationId) {
        CareCase c = access.asMemberForUpdate(caseId); // same lock order as raising and the resolution consumer
        Escalation e = Escalation.<Escalation>find("id = ?1 and caseId = ?2", escalationId, caseId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (e == null) {
            throw ProblemException.notFound("escalation");
        }
        OffsetDateTime now = Clocks.now(clock);
        e.withdraw(c, user.username(), now);
        timeline.append(caseId, now, TimelineKind.ESCALATION_WITHDRAWN, e.withdrawnBy,
                "Escalation withdrawn, the team unblocked itself: " + e.barrier, e.id);
        outbox.publish(new CaseEscalationWithdrawnV1(e.id, caseId, c.region, e.withdrawnBy, now));
        audit.record(AUDIT_WITHDRAWN, CaseAudit.ESCALATION, e.id, caseId, null);
        changed.fire(new CaseChanged(caseId));
        return EscalationView.of(e, journal(c));
    }

    @Transactional
    public List<EscalationView> ofCase(UUID caseId) {
        boolean journal = journal(access.asMember(caseId));
        audit.record(CaseAudit.ESCALATION_READ, CaseAudit.CASE, caseId, caseId, "escalations of the case");
        return Escalation.<Escalation>find("caseId", Sort.by("raisedAt").and("id"), caseId)
                .stream().map(e -> EscalationView.of(e, journal)).toList();
    }

    @Transactional
    public EscalationView one(UUID caseId, UUID escalationId) {
        CareCase c = access.asMember(caseId);
        Escalation e = Escalation.<Escalation>find("id = ?1 and caseId = ?2", escalationId, caseId).firstResult();
        if (e == null) {
            throw ProblemException.notFound("escalation");
        }
        audit.record(CaseAudit.ESCALATION_READ, CaseAudit.ESCALATION, e.id, caseId, null);
        return EscalationView.of(e, journal(c));
    }

    private boolean journal(CareCase c) {
        return consent.allows(c, user.username(), ConsentPurpose.JOURNAL);
    }

    /** Built field by field from what may leave the service: never the youth's name or birth date. */
    private CaseEscalatedV1 event(CareCase c, Escalation e) {
        return new CaseEscalatedV1(e.id, c.id, c.region, pseudonyms.of(c.id), ageBands.of(c.dateOfBirth),
                c.domains.stream().sorted().toList(), c.intensity, e.barrier, e.urgency, e.whatWasTried,
                e.triedMeasures.stream().sorted().toList(), e.raisedBy, e.raisedAt);
    }
}
