package org.carebridge.cases.handover;

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
import org.carebridge.cases.handover.HandoverViews.HandoverView;
import org.carebridge.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A case team's handover requests and their withdrawal; members of the case only. The receiver decides through /api/cases/handovers. */
@Path("/api/cases/{caseId}/handovers")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoverResource {

    private final HandoverService handovers;

    public HandoverResource(HandoverService handovers) {
        this.handovers = handovers;
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HandoverView.class)))
    public Response request(@PathParam("caseId") UUID caseId, @Valid @NotNull NewHandover body) {
        HandoverView requested = handovers.request(caseId, body);
        return Response.created(URI.create("/api/cases/" + caseId + "/handovers/" + requested.id()))
                .entity(requested).build();
    }

    @GET
    public List<HandoverView> ofCase(@PathParam("caseId") UUID caseId) {
        return handovers.ofCase(caseId);
    }

    /** The team takes back its pending request; the case is then free for the next one. */
    @POST
    @Path("/{handoverId}/withdrawal")
    public HandoverView withdraw(@PathParam("caseId") UUID caseId, @PathParam("handoverId") UUID handoverId) {
        return handovers.withdraw(caseId, handoverId);
    }

    @GET
    @Path("/{handoverId}")
    public HandoverView one(@PathParam("caseId") UUID caseId, @PathParam("handoverId") UUID handoverId) {
        return handovers.one(caseId, handoverId);
    }
}
