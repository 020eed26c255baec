package org.carebridge.platform.audit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static org.carebridge.platform.problem.QueryParams.text;
import static org.carebridge.platform.problem.QueryParams.uuid;

/**
 * Who read or changed what in one service, newest first, for auditors only; reading the trail is itself audited.
 * Each service binds it to its own path with an empty subclass ({@code @Path("/api/cases/audit")}), as it does the
 * dead letters, so there is one implementation.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public abstract class AuditTrailResource {

    public static final String AUDIT = "audit";
    public static final String READ = "READ";

    @Inject
    AuditTrail audit;

    @Inject
    AuditSearch search;

    @GET
    @Transactional
    @Operation(summary = "The service's audit trail, newest first (auditors only; the read is audited too)",
            description = "caseId (UUID), objectType, objectId, actor: exact matches; page/size.")
    public PageView<AuditEntryView> entries(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                            @QueryParam("caseId") String caseId,
                                            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 100))
                                            @QueryParam("objectType") String objectType,
                                            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                                            @QueryParam("objectId") String objectId,
                                            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                                            @QueryParam("actor") String actor,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        AuditSearch.Filter filter = new AuditSearch.Filter(uuid("caseId", caseId), text("objectType", objectType, 100),
                text("objectId", objectId, 200), text("actor", actor, 200));
        PageView<AuditEntryView> entries = search.find(filter, paging).map(AuditEntryView::of);
        // the case goes in its own column; the reason names the filters used, not what was typed into them
        audit.record(READ, AUDIT, null, filter.caseId(), filter.used().isEmpty() ? null
                : "filtered by " + String.join(", ", filter.used().keySet()));
        return entries;
    }
}
