package org.carebridge.network.resolution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.network.escalation.BridgeRequests;
import org.carebridge.network.escalation.EscalationView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** Resolves an escalation of the bridge inbox; under the inbox's path, as before. */
@Path("/api/network/escalations/{id}/resolution")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionResource {

    private final ResolutionService resolutions;

    public ResolutionResource(ResolutionService resolutions) {
        this.resolutions = resolutions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The owner resolves with an outcome and advice for the case team",
            description = "Publishes network.escalation-resolved.v1 to case-service.")
    public EscalationView resolve(@PathParam("id") UUID id, @Valid @NotNull BridgeRequests.Resolution body) {
        return resolutions.resolve(id, body);
    }
}
