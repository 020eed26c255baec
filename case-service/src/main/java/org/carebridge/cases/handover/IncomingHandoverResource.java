package org.carebridge.cases.handover;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.cases.handover.HandoverViews.DecisionView;
import org.carebridge.cases.handover.HandoverViews.IncomingHandoverView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/**
 * Handovers waiting for the caller's decision: addressed to them by name, or to their organisation in their region.
 * Anyone else gets 404 for a handover, as for one that does not exist.
 */
@Path("/api/cases/handovers")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class IncomingHandoverResource {

    private final HandoverService handovers;

    public IncomingHandoverResource(HandoverService handovers) {
        this.handovers = handovers;
    }

    @GET
    @Path("/incoming")
    @Operation(summary = "Pending handovers I may accept or decline, without the youth's name or birth date")
    public List<IncomingHandoverView> incoming() {
        return handovers.incoming();
    }

    @POST
    @Path("/{handoverId}/accept")
    @Operation(summary = "Accept: I join the team if not yet on it and become the lead")
    public DecisionView accept(@PathParam("handoverId") UUID handoverId) {
        return handovers.accept(handoverId);
    }

    @POST
    @Path("/{handoverId}/decline")
    @Operation(summary = "Decline: nothing changes hands, the team keeps the case")
    public DecisionView decline(@PathParam("handoverId") UUID handoverId) {
        return handovers.decline(handoverId);
    }
}
