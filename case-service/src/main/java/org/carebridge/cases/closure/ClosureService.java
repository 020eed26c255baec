package org.carebridge.cases.closure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.casefile.Outcome;
import org.carebridge.cases.closure.ClosureRequests.CloseCase;
import org.carebridge.cases.closure.ClosureRequests.ErasureRequest;
import org.carebridge.cases.closure.ClosureRequests.ErasureView;
import org.carebridge.platform.time.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.cases.team.TeamRules;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Closing a case with its outcome (members), and erasing an open case's personal data on request (network-admin). */
@ApplicationScoped
public class ClosureService {

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final PersonalData personalData;
    private final Event<CaseChanged> changed;
    private final Clock clock;

    public ClosureService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline,
                          PersonalData personalData, Event<CaseChanged> changed, Clock clock) {
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.personalData = personalData;
        this.changed = changed;
        this.clock = clock;
    }

    /** An escalated case is closed only once its escalation ended: the bridge must not work on a closed case. */
    @Transactional
    public CaseClosedView close(UUID caseId, CloseCase body) {
        CareCase c = access.asMemberForUpdate(caseId).requireOpen();
        TeamRules.requireMayClose(c, user.username());
        if (c.status == CaseStatus.ESCALATED) {
            throw ProblemException.conflict("the case has an open escalation: withdraw it or wait for its resolution");
        }
        OffsetDateTime now = Clocks.now(clock);
        closeNow(c, body.outcome(), now);
        return new CaseClosedView(c.id, c.status, c.outcome, c.closedAt, c.closedBy);
    }

    /**
     * A network-admin of the case's region erases an open (or closed, not yet erased) case at once, e.g. at the
     * youth's request; an open case is closed with outcome OTHER, as nobody can work on a case without a person.
     * Anyone else of another region gets the same 404 as for an unknown case, and the refusal is audited.
     */
    @Transactional
    public ErasureView erase(UUID caseId, ErasureRequest body) {
        CareCase c = access.asRegionAdminForUpdate(caseId, "erasure outside the admin's region");
        if (c.erasedAt != null) {
            throw ProblemException.conflict("the case's personal data is already erased");
        }
        OffsetDateTime now = Clocks.now(clock);
        if (c.status != CaseStatus.CLOSED) {
            closeNow(c, Outcome.OTHER, now);
        }
        personalData.erase(c, now, user.username(), "on request: " + body.reason());
        return new ErasureView(c.id, c.erasedAt);
    }

    private void closeNow(CareCase c, Outcome outcome, OffsetDateTime now) {
        c.status = CaseStatus.CLOSED;
        c.outcome = outcome;
        c.closedAt = now;
        c.closedBy = user.username();
        timeline.append(c.id, now, TimelineKind.CASE_CLOSED, user.username(), "Case closed: " + outcome, null);
        audit.record(CaseFileAudit.CASE_CLOSED, CaseAudit.CASE, c.id, c.id, outcome.name());
        changed.fire(new CaseChanged(c.id));
    }

    public record CaseClosedView(UUID id, CaseStatus status, Outcome outcome, OffsetDateTime closedAt,
                                 String closedBy) {
    }
}
