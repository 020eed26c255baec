package org.carebridge.network.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.audit.AuditSearch;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static org.carebridge.platform.problem.QueryParams.text;
import static org.carebridge.platform.problem.QueryParams.uuid;

/**
 * Who read or changed what in network-service (escalations, referrals, handovers, rosters, the catalogue), newest
 * first, for auditors only; reading the trail is itself audited.
 */
@Path("/api/network/audit")
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
    @Operation(summary = "The audit trail of network-service, newest first (auditors only; the read is audited too)",
            description = "caseId (UUID), objectType, objectId, actor: exact matches; page/size.")
    public PageView<AuditEntryView> entries(@QueryParam("caseId") String caseId,
                                            @QueryParam("objectType") String objectType,
                                            @QueryParam("objectId") String objectId, @QueryParam("actor") String actor,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        AuditSearch.Filter filter = new AuditSearch.Filter(uuid("caseId", caseId), text("objectType", objectType, 100),
                text("objectId", objectId, 200), text("actor", actor, 200));
        PageView<AuditEntryView> entries = search.find(filter, paging).map(AuditEntryView::of);
        // the case goes in its own column; the reason names the filters used, not what was typed into them
        audit.record("READ", "audit", null, filter.caseId(), filter.used().isEmpty() ? null
                : "filtered by " + String.join(", ", filter.used().keySet()));
        return entries;
    }
}
