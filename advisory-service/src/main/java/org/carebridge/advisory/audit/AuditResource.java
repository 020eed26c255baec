package org.carebridge.advisory.audit;

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
import org.carebridge.platform.problem.QueryParams;
import org.carebridge.platform.security.Roles;

import java.util.stream.Collectors;

/**
 * Who read or changed what in advisory-service, newest first, for auditors only (advisory members do not read
 * the trail of their own actions); reading the trail is itself audited.
 */
@Path("/api/advisory/audit")
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
    public PageView<AuditEntryView> entries(@QueryParam("objectType") String objectType,
                                            @QueryParam("objectId") String objectId, @QueryParam("actor") String actor,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        AuditSearch.Filter filter = new AuditSearch.Filter(null, QueryParams.text("objectType", objectType, 100),
                QueryParams.text("objectId", objectId, 200), QueryParams.text("actor", actor, 200));
        PageView<AuditEntryView> entries = search.find(filter, paging).map(AuditEntryView::of);
        audit.record("READ", "audit", null, null, filter.used().keySet().stream()
                .map(field -> field + " = :" + field).collect(Collectors.joining(" and ")));
        return entries;
    }
}
