package org.carebridge.cases.journal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.consent.ConsentRules;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineEntryView;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A case's history, oldest first; members of the case only. It lives with the journal, not the timeline, because
 * it is where journal consent is applied: the timeline below is written by every feature and knows none of them.
 */
@Path("/api/cases/{caseId}/timeline")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private static final List<TimelineKind> WITHOUT_JOURNAL = Arrays.stream(TimelineKind.values())
            .filter(k -> !NoteKind.timelineKinds().contains(k)).toList();
    private static final String DEFAULT_SIZE = String.valueOf(PageRequest.MAX_SIZE);

    private final CaseAccess access;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ConsentRules consent;
    private final CurrentUser user;

    public TimelineResource(CaseAccess access, Timeline timeline, AuditTrail audit, ConsentRules consent,
                            CurrentUser user) {
        this.consent = consent;
        this.user = user;
        this.access = access;
        this.timeline = timeline;
        this.audit = audit;
    }

    /**
     * The body stays a plain array (what clients of the first version read); paging travels in the query
     * ({@code page}, {@code size}, default 100) and the {@code X-Total-Count} header.
     */
    @GET
    @Transactional
    @Operation(summary = "The case's timeline, oldest first, 100 entries a page unless size says otherwise")
    @APIResponse(responseCode = "200", description = "One page of the timeline",
            headers = @Header(name = "X-Total-Count", description = "entries in the whole timeline",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TimelineEntryView.class)))
    public Response of(@PathParam("caseId") UUID caseId, @QueryParam("page") String page,
                       @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size == null || size.isBlank() ? DEFAULT_SIZE : size);
        CareCase c = access.asMember(caseId);
        // without consent to the journal, the member reads the service's own entries only (see ConsentRules)
        boolean journal = consent.allows(c, user.username(), ConsentPurpose.JOURNAL);
        audit.record(CaseAudit.TIMELINE_READ, CaseAudit.CASE, caseId, caseId, journal ? null : "without journal");
        PageView<TimelineEntryView> entries = timeline.page(caseId, journal ? null : WITHOUT_JOURNAL, paging, false);
        return Response.ok(entries.items()).header("X-Total-Count", entries.total()).build();
    }
}
