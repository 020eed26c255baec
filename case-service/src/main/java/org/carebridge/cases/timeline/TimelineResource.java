package org.carebridge.cases.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/** A case's history, oldest first; members of the case only. */
@Path("/api/cases/{caseId}/timeline")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final CaseAccess access;
    private final Timeline timeline;
    private final AuditTrail audit;

    public TimelineResource(CaseAccess access, Timeline timeline, AuditTrail audit) {
        this.access = access;
        this.timeline = timeline;
        this.audit = audit;
    }

    @GET
    @Transactional
    public List<TimelineEntryView> of(@PathParam("caseId") UUID caseId) {
        access.asMember(caseId);
        audit.record(CaseAudit.TIMELINE_READ, CaseAudit.CASE, caseId, caseId, null);
        return timeline.of(caseId);
    }
}
