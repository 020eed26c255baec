package org.carebridge.cases.handover;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.casefile.Organisation;
import org.carebridge.cases.handover.Handover.Accepted;
import org.carebridge.cases.handover.HandoverViews.DecisionView;
import org.carebridge.cases.handover.HandoverViews.HandoverView;
import org.carebridge.cases.handover.HandoverViews.IncomingHandoverView;
import org.carebridge.cases.privacy.AgeBands;
import org.carebridge.platform.locking.RowLock;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Warm handovers: the team requests (and may withdraw while pending), the receiver decides. Until the receiver accepts nothing changes hands; on
 * acceptance the receiver joins the team (if not yet on it) and becomes the lead. Each step is one transaction
 * with its timeline line, its audit line and its event (written by the Recorder from what the handover says happened).
 */
@ApplicationScoped
public class HandoverService {

    public static final String HANDOVER = "HANDOVER";
    public static final String AUDIT_REQUESTED = "HANDOVER_REQUESTED";
    static final String AUDIT_READ = "HANDOVER_READ";
    public static final String AUDIT_ACCEPTED = "HANDOVER_ACCEPTED";
    public static final String AUDIT_DECLINED = "HANDOVER_DECLINED";
    public static final String AUDIT_WITHDRAWN = "HANDOVER_WITHDRAWN";
    static final String AUDIT_REFUSED = "HANDOVER_ACCESS_REFUSED";

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final AgeBands ageBands;
    private final Transition18 transition18;
    /** What a transition did, for the Recorder: its timeline lines, audit line, event and CaseChanged. */
    private final Event<Object> happened;
    private final Clock clock;

    public HandoverService(CurrentUser user, CaseAccess access, AuditTrail audit, AgeBands ageBands,
                           Transition18 transition18, Event<Object> happened, Clock clock) {
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.ageBands = ageBands;
        this.transition18 = transition18;
        this.happened = happened;
        this.clock = clock;
    }

    @Transactional
    public HandoverView request(UUID caseId, NewHandover body) {
        CareCase c = access.asMemberForUpdate(caseId); // serialises requests: "one pending per case" is reliable
        boolean pending = Handover.count("caseId = ?1 and status = ?2", caseId, HandoverStatus.PENDING) > 0;
        // from the accountable lead; a case whose lead left the team hands over from the member who asks
        CaseMember from = CaseMember.<CaseMember>find("caseId = ?1 and username = ?2", caseId, c.leadUsername)
                .firstResultOptional()
                .orElseGet(() -> CaseMember.<CaseMember>find("caseId = ?1 and username = ?2", caseId, user.username())
                        .firstResult());
        Handover.Requested requested = Handover.request(c, pending, body, transition18.today(), from,
                user.username(), Clocks.now(clock));
        Handover h = requested.handover();
        h.persist();
        happened.fire(requested);
        return HandoverView.of(h);
    }

    @Transactional
    public List<HandoverView> ofCase(UUID caseId) {
        access.asMember(caseId);
        audit.record(AUDIT_READ, CaseAudit.CASE, caseId, caseId, "handovers of the case");
        return Handover.<Handover>find("caseId", Sort.by("requestedAt").and("id"), caseId)
                .stream().map(HandoverView::of).toList();
    }

    @Transactional
    public HandoverView one(UUID caseId, UUID handoverId) {
        access.asMember(caseId);
        Handover h = Handover.<Handover>find("id = ?1 and caseId = ?2", handoverId, caseId).firstResult();
        if (h == null) {
            throw ProblemException.notFound("handover");
        }
        audit.record(AUDIT_READ, HANDOVER, h.id, caseId, null);
        return HandoverView.of(h);
    }

    /**
     * Any member of the team takes back a pending request (the same members who may request): 404 for anyone else
     * and for another case's handover, 409 once answered. The case is locked first, as in {@link #request}.
     */
    @Transactional
    public HandoverView withdraw(UUID caseId, UUID handoverId) {
        access.asMemberForUpdate(caseId);
        Handover h = Handover.<Handover>find("id = ?1 and caseId = ?2", handoverId, caseId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (h == null) {
            throw ProblemException.notFound("handover");
        }
        Handover.Withdrawn withdrawn = h.withdraw(user.username(), Clocks.now(clock));
        happened.fire(withdrawn);
        return HandoverView.of(withdrawn.handover());
    }

    /** Pending requests the caller may decide: addressed to them, or to their organisation in their region. */
    @Transactional
    public List<IncomingHandoverView> incoming() {
        String organisation = myOrganisation();
        String region = user.region().orElse(null);
        List<Handover> pending = Handover.pendingFor(user.username(), organisation, region);
        List<IncomingHandoverView> incoming = new ArrayList<>();
        for (Handover h : pending) {
            CareCase c = CareCase.findById(h.caseId);
            if (c.status == CaseStatus.CLOSED) {
                continue; // closed (or erased) since the request: there is nothing left to take over
            }
            audit.record(AUDIT_READ, HANDOVER, h.id, h.caseId, "incoming, before deciding");
            incoming.add(new IncomingHandoverView(h.id, h.region, ageBands.of(c.dateOfBirth),
                    transition18.turns18In(c.dateOfBirth), c.domains.stream().sorted().toList(), c.intensity, h.scope,
                    h.reason, h.fromUsername, h.fromOrganisation, h.toUsername, h.toOrganisation, h.requestedBy,
                    h.requestedAt, h.dueBy));
        }
        return incoming;
    }

    @Transactional
    public DecisionView accept(UUID handoverId) {
        Pending d = receiversPending(handoverId);
        String me = user.username();
        Accepted accepted = d.handover().accept(d.careCase(), CaseMember.isMember(d.careCase().id, me), me,
                Clocks.now(clock));
        if (accepted.joined() != null) {
            accepted.joined().persist();
        }
        happened.fire(accepted);
        Handover h = accepted.handover();
        CareCase c = accepted.careCase();
        return new DecisionView(h.id, h.status, c.id, h.decidedBy, h.decidedAt);
    }

    @Transactional
    public DecisionView decline(UUID handoverId) {
        Pending d = receiversPending(handoverId);
        Handover.Declined declined = d.handover().decline(d.careCase(), user.username(), Clocks.now(clock));
        happened.fire(declined);
        Handover h = declined.handover();
        return new DecisionView(h.id, h.status, null, h.decidedBy, h.decidedAt);
    }

    private record Pending(Handover handover, CareCase careCase) {
    }

    /** The handover addressed to the caller, locked (case first, as every change to a case); 404 for anyone else. */
    private Pending receiversPending(UUID handoverId) {
        Handover found = Handover.findById(handoverId);
        if (found == null || !isReceiver(found)) {
            UUID caseId = found == null ? null : found.caseId;
            // its own transaction: the caller's rolls back with the 404 and would take this line with it
            QuarkusTransaction.requiringNew().run(() ->
                    audit.record(AUDIT_REFUSED, HANDOVER, handoverId, caseId, "not the receiver"));
            throw ProblemException.notFound("handover");
        }
        CareCase c = CareCase.findById(found.caseId, LockModeType.PESSIMISTIC_WRITE);
        return new Pending(RowLock.reread(found), c); // read before the lock: read again under it
    }

    private boolean isReceiver(Handover h) {
        if (h.toUsername != null) {
            return h.toUsername.equals(user.username());
        }
        return h.toOrganisation.equals(myOrganisation()) && h.region.equals(user.region().orElse(null));
    }

    /** The caller's organisation as the list's code: accounts may still carry an alias (e.g. "guardianship"). */
    private String myOrganisation() {
        return user.organisation().flatMap(Organisation::canonical).orElse(null);
    }
}
