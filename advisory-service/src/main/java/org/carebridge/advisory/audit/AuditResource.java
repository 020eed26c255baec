package org.carebridge.advisory.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.advisory.support.Params;
import org.carebridge.platform.audit.AuditEntry;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;

/**
 * Who read or changed what in advisory-service, newest first, for auditors only (advisory members do not read
 * the trail of their own actions); reading the trail is itself audited.
 */
@Path("/api/advisory/audit")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Transactional
    public PageView<AuditEntryView> entries(@QueryParam("objectType") String objectType,
                                            @QueryParam("objectId") String objectId, @QueryParam("actor") String actor,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filter(where, params, "objectType", Params.text("objectType", objectType, 100));
        filter(where, params, "objectId", Params.text("objectId", objectId, 200));
        filter(where, params, "actor", Params.text("actor", actor, 200));
        String query = String.join(" and ", where);
        Sort newestFirst = Sort.descending("at").and("id", Sort.Direction.Descending);
        long total = AuditEntry.count(query, params);
        List<AuditEntryView> items = AuditEntry.<AuditEntry>find(query, newestFirst, params)
                .page(paging.page(), paging.size()).stream().map(AuditEntryView::of).toList();
        audit.record("READ", "audit", null, null, String.join(" and ", where));
        return new PageView<>(items, paging.page(), paging.size(), total);
    }

    private static void filter(List<String> where, Parameters params, String field, String value) {
        if (value != null) {
            where.add(field + " = :" + field);
            params.and(field, value);
        }
    }
}
