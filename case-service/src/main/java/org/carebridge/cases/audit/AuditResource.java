package org.carebridge.cases.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.audit.AuditEntry;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Who read or changed which case, newest first, for auditors; reading the trail is itself audited. */
@Path("/api/cases/audit")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Transactional
    public PageView<AuditEntryView> entries(@QueryParam("caseId") String caseId, @QueryParam("actor") String actor,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        UUID caseFilter = parseCaseId(caseId);
        if (caseFilter != null) {
            where.add("caseId = :caseId");
            params.and("caseId", caseFilter);
        }
        if (actor != null && !actor.isBlank()) {
            if (actor.length() > 100) {
                throw ProblemException.badField("actor", "must be at most 100 characters");
            }
            where.add("actor = :actor");
            params.and("actor", actor.strip());
        }
        String query = String.join(" and ", where);
        Sort newestFirst = Sort.descending("at").and("id", Sort.Direction.Descending);
        long total = AuditEntry.count(query, params);
        List<AuditEntryView> items = AuditEntry.<AuditEntry>find(query, newestFirst, params)
                .page(paging.page(), paging.size()).stream().map(AuditEntryView::of).toList();
        audit.record(CaseAudit.AUDIT_READ, CaseAudit.AUDIT, null, caseFilter, actor == null ? null : "actor " + actor);
        return new PageView<>(items, paging.page(), paging.size(), total);
    }

    private static UUID parseCaseId(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(caseId.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("caseId", "must be a UUID");
        }
    }
}
