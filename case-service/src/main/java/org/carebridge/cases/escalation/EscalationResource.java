package org.carebridge.cases.escalation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A case team's escalations to the bridge; members of the case only. */
@Path("/api/cases/{caseId}/escalations")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationResource {

    private final EscalationService escalations;

    public EscalationResource(EscalationService escalations) {
        this.escalations = escalations;
    }

    /** Answers with the escalation and the lessons suggested for its barrier. */
    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RaisedEscalationView.class)))
    public Response raise(@PathParam("caseId") UUID caseId, @Valid @NotNull NewEscalation body) {
        RaisedEscalationView raised = escalations.raise(caseId, body);
        return Response.created(URI.create("/api/cases/" + caseId + "/escalations/" + raised.escalation().id()))
                .entity(raised).build();
    }

    @GET
    public List<EscalationView> ofCase(@PathParam("caseId") UUID caseId) {
        return escalations.ofCase(caseId);
    }

    /** The team unblocked itself; only an open escalation (RAISED or ADVISED) can be withdrawn, else 409. */
    @POST
    @Path("/{escalationId}/withdrawal")
    public EscalationView withdraw(@PathParam("caseId") UUID caseId, @PathParam("escalationId") UUID escalationId) {
        return escalations.withdraw(caseId, escalationId);
    }

    @GET
    @Path("/{escalationId}")
    public EscalationView one(@PathParam("caseId") UUID caseId, @PathParam("escalationId") UUID escalationId) {
        return escalations.one(caseId, escalationId);
    }
}
