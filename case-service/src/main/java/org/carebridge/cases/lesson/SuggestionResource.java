package org.carebridge.cases.lesson;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.barrier.Barrier;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Lessons of the advisory group suggested for one barrier of a case; members of the case only. */
@Path("/api/cases/{caseId}/suggestions")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    static final String AUDIT_READ = "SUGGESTIONS_READ";

    private final CaseAccess access;
    private final Suggestions suggestions;
    private final AuditTrail audit;

    public SuggestionResource(CaseAccess access, Suggestions suggestions, AuditTrail audit) {
        this.access = access;
        this.suggestions = suggestions;
        this.audit = audit;
    }

    @GET
    @Transactional
    @Operation(summary = "At most 10 lessons for the barrier, in the case's region or for all regions, "
            + "ranked by how many of the case's life domains they share, then newest first")
    public List<SuggestedLesson> forBarrier(@PathParam("caseId") UUID caseId,
                                            @Parameter(required = true, schema = @Schema(implementation = Barrier.class))
                                            @QueryParam("barrier") String barrier) {
        Barrier parsed = parse(barrier);
        CareCase c = access.asMember(caseId);
        audit.record(AUDIT_READ, CaseAudit.CASE, caseId, caseId, "barrier " + parsed);
        return suggestions.forCase(c, parsed);
    }

    private static Barrier parse(String barrier) {
        if (barrier == null || barrier.isBlank()) {
            throw ProblemException.badField("barrier", "required, one of " + Arrays.toString(Barrier.values()));
        }
        try {
            return Barrier.valueOf(barrier.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("barrier", "must be one of " + Arrays.toString(Barrier.values()));
        }
    }
}
