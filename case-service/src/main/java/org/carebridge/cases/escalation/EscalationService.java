package org.carebridge.cases.escalation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.privacy.AgeBands;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.cases.support.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Raising an escalation: the escalation, the case's new status, its timeline line and the case.escalated.v1 event
 * are one transaction, so the bridge hears of exactly the escalations that exist.
 */
@ApplicationScoped
public class EscalationService {

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final Outbox outbox;
    private final Pseudonyms pseudonyms;
    private final AgeBands ageBands;
    private final Clock clock;

    public EscalationService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline, Outbox outbox,
                             Pseudonyms pseudonyms, AgeBands ageBands, Clock clock) {
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
        this.ageBands = ageBands;
        this.clock = clock;
    }

    @Transactional
    public EscalationView raise(UUID caseId, NewEscalation body) {
        CareCase c = access.asMemberForUpdate(caseId); // the lock makes "one open escalation" race-free
        if (c.status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("the case is closed");
        }
        if (Escalation.count("caseId = ?1 and status in ?2", caseId, EscalationStatus.OPEN) > 0) {
            throw ProblemException.conflict("this case already has an open escalation");
        }
        OffsetDateTime now = Clocks.now(clock);
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.caseId = caseId;
        e.barrier = body.barrier();
        e.urgency = body.urgency();
        e.whatWasTried = body.whatWasTried().strip();
        e.triedMeasures = EnumSet.copyOf(body.triedMeasures());
        e.status = EscalationStatus.RAISED;
        e.raisedBy = user.username();
        e.raisedAt = now;
        e.statusChangedAt = now;
        e.persist();
        c.status = CaseStatus.ESCALATED;

        timeline.append(caseId, now, TimelineKind.ESCALATED, e.raisedBy,
                "Escalated to the bridge: " + e.barrier + ", urgency " + e.urgency, e.id);
        outbox.publish(CaseEscalatedV1.TOPIC, caseId.toString(), CaseEscalatedV1.TYPE, caseId.toString(), event(c, e));
        audit.record(CaseAudit.ESCALATION_RAISED, CaseAudit.ESCALATION, e.id, caseId, null);
        return EscalationView.of(e);
    }

    @Transactional
    public List<EscalationView> ofCase(UUID caseId) {
        access.asMember(caseId);
        audit.record(CaseAudit.ESCALATION_READ, CaseAudit.CASE, caseId, caseId, "escalations of the case");
        return Escalation.<Escalation>find("caseId", Sort.by("raisedAt").and("id"), caseId)
                .stream().map(EscalationView::of).toList();
    }

    @Transactional
    public EscalationView one(UUID caseId, UUID escalationId) {
        access.asMember(caseId);
        Escalation e = Escalation.<Escalation>find("id = ?1 and caseId = ?2", escalationId, caseId).firstResult();
        if (e == null) {
            throw ProblemException.notFound("escalation");
        }
        audit.record(CaseAudit.ESCALATION_READ, CaseAudit.ESCALATION, e.id, caseId, null);
        return EscalationView.of(e);
    }

    /** Built field by field from what may leave the service: never the youth's name or birth date. */
    private CaseEscalatedV1 event(CareCase c, Escalation e) {
        return new CaseEscalatedV1(e.id, c.id, c.region, pseudonyms.of(c.id), ageBands.of(c.dateOfBirth),
                c.domains.stream().sorted().toList(), c.intensity, e.barrier, e.urgency, e.whatWasTried,
                e.triedMeasures.stream().sorted().toList(), e.raisedBy, e.raisedAt);
    }
}
