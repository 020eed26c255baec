package org.carebridge.cases.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.audit.AuditSearch;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.QueryParams;
import org.carebridge.platform.security.Roles;

import java.util.UUID;

/** Who read or changed which case, newest first, for auditors; reading the trail is itself audited. */
@Path("/api/cases/audit")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail audit;
    private final AuditSearch search;

    public AuditResource(AuditTrail audit, AuditSearch search) {
        this.audit = audit;
        this.search = search;
    }

    @GET
    @Transactional
    public PageView<AuditEntryView> entries(@QueryParam("caseId") String caseId, @QueryParam("actor") String actor,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        UUID caseFilter = QueryParams.uuid("caseId", caseId);
        AuditSearch.Filter filter = new AuditSearch.Filter(caseFilter, null, null, QueryParams.text("actor", actor, 100));
        PageView<AuditEntryView> entries = search.find(filter, paging).map(AuditEntryView::of);
        audit.record(CaseAudit.AUDIT_READ, CaseAudit.AUDIT, null, caseFilter, actor == null ? null : "actor " + actor);
        return entries;
    }
}
