package org.carebridge.cases.closure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.casefile.CaseWork;
import org.carebridge.cases.casefile.Outcome;
import org.carebridge.cases.closure.ClosureRequests.CloseCase;
import org.carebridge.cases.closure.ClosureRequests.ErasureRequest;
import org.carebridge.cases.closure.ClosureRequests.ErasureView;
import org.carebridge.cases.team.TeamRules;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Closing a case with its outcome (members), and erasing an open case's personal data on request (network-admin);
 * both are the case's own transitions, recorded by the recorder.
 */
@ApplicationScoped
public class ClosureService {

    private final CaseWork work;
    private final CaseAccess access;
    private final PersonalData personalData;

    public ClosureService(CaseWork work, CaseAccess access, PersonalData personalData) {
        this.work = work;
        this.access = access;
        this.personalData = personalData;
    }

    /** Only the steward closes (TeamRules), and a closed case answers 409 before anyone is asked who they are. */
    @Transactional
    public CaseClosedView close(UUID caseId, CloseCase body) {
        CareCase c = work.openToChange(caseId);
        TeamRules.requireMayClose(c, work.me());
        work.record(c.close(body.outcome(), work.me(), work.now()));
        return new CaseClosedView(c.id, c.status, c.outcome, c.closedAt, c.closedBy);
    }

    /**
     * A network-admin of the case's region erases an open (or closed, not yet erased) case at once, e.g. at the
     * youth's request; an open case is closed first (CareCase#closeToErase). Anyone else of another region gets the
     * same 404 as for an unknown case, and the refusal is audited.
     */
    @Transactional
    public ErasureView erase(UUID caseId, ErasureRequest body) {
        CareCase c = access.asRegionAdminForUpdate(caseId, "erasure outside the admin's region");
        OffsetDateTime now = work.now();
        c.closeToErase(work.me(), now).ifPresent(work::record);
        personalData.erase(c, now, work.me(), "on request: " + body.reason());
        return new ErasureView(c.id, c.erasedAt);
    }

    public record CaseClosedView(UUID id, CaseStatus status, Outcome outcome, OffsetDateTime closedAt,
                                 String closedBy) {
    }
}
