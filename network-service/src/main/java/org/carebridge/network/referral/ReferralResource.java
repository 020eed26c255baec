package org.carebridge.network.referral;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.network.escalation.EscalationView;
import org.carebridge.platform.security.Roles;

import java.util.UUID;

/** Refers an escalation of the bridge inbox to the advisory group; under the inbox's path, as before. */
@Path("/api/network/escalations/{id}/referral")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService referrals;

    public ReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** Refers a claimed escalation to the advisory group; answers the escalation with its new referral. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    public Response refer(@PathParam("id") UUID id, @Valid @NotNull ReferralRequest body) {
        EscalationView referred = referrals.refer(id, body);
        return Response.status(Response.Status.CREATED).entity(referred).build();
    }
}
