package org.carebridge.cases.escalation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.consent.ConsentRules;
import org.carebridge.cases.escalation.ladder.EscalationStep;
import org.carebridge.cases.lesson.Suggestions;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Raising and withdrawing an escalation: the escalation, the case's status, its timeline line and the event
 * (case.escalated.v1, case.escalation-withdrawn.v1; written by the Recorder from what the escalation says happened)
 * are one transaction, so the bridge hears of exactly what happened.
 */
@ApplicationScoped
public class EscalationService {

    /** Audit action of a withdrawal (kept here, beside the code that writes it, to spare CaseAudit merge churn). */
    public static final String AUDIT_WITHDRAWN = "ESCALATION_WITHDRAWN";

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Suggestions suggestions;
    /** What a transition did, for the Recorder: its timeline line, audit line, event and CaseChanged. */
    private final Event<Object> happened;
    private final Clock clock;
    private final ConsentRules consent;

    public EscalationService(CurrentUser user, CaseAccess access, AuditTrail audit, Suggestions suggestions,
                             Event<Object> happened, Clock clock, ConsentRules consent) {
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.suggestions = suggestions;
        this.happened = happened;
        this.clock = clock;
        this.consent = consent;
    }

    @Transactional
    public RaisedEscalationView raise(UUID caseId, NewEscalation body) {
        CareCase c = access.asMemberForUpdate(caseId); // the lock makes "one open escalation" race-free
        Optional<Escalation> openOne = Escalation.find("caseId = ?1 and status in ?2", caseId, EscalationStatus.OPEN)
                .firstResultOptional();
        Escalation.Raised raised = Escalation.raise(c, openOne, body, user.username(), Clocks.now(clock));
        raised.escalation().persist();
        happened.fire(raised);
        Escalation e = raised.escalation();
        return new RaisedEscalationView(EscalationView.of(e, journal(c), List.of()), suggestions.forCase(c, e.barrier));
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
        happened.fire(e.withdraw(c, user.username(), Clocks.now(clock)));
        return view(e, journal(c));
    }

    @Transactional
    public List<EscalationView> ofCase(UUID caseId) {
        boolean journal = journal(access.asMember(caseId));
        audit.record(CaseAudit.ESCALATION_READ, CaseAudit.CASE, caseId, caseId, "escalations of the case");
        List<Escalation> escalations = Escalation.<Escalation>find("caseId", Sort.by("raisedAt").and("id"), caseId)
                .list();
        Map<UUID, List<EscalationStep>> steps = EscalationStep.of(escalations.stream().map(e -> e.id).toList());
        return escalations.stream()
                .map(e -> EscalationView.of(e, journal, steps.getOrDefault(e.id, List.of()))).toList();
    }

    @Transactional
    public EscalationView one(UUID caseId, UUID escalationId) {
        CareCase c = access.asMember(caseId);
        Escalation e = Escalation.<Escalation>find("id = ?1 and caseId = ?2", escalationId, caseId).firstResult();
        if (e == null) {
            throw ProblemException.notFound("escalation");
        }
        audit.record(CaseAudit.ESCALATION_READ, CaseAudit.ESCALATION, e.id, caseId, null);
        return view(e, journal(c));
    }

    private static EscalationView view(Escalation e, boolean journal) {
        return EscalationView.of(e, journal, EscalationStep.of(List.of(e.id)).getOrDefault(e.id, List.of()));
    }

    private boolean journal(CareCase c) {
        return consent.allows(c, user.username(), ConsentPurpose.JOURNAL);
    }
}
