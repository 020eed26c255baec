package org.carebridge.cases.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;
import java.util.UUID;

/**
 * A network-admin's allowances for case workers of other regions to join a case of the admin's region; a case of
 * another region, or none, is 404 as for erasure. Checked in {@link AllowanceService}.
 */
@Path("/api/cases/{id}/team-allowances")
@RolesAllowed(Roles.NETWORK_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllowanceResource {

    private final AllowanceService allowances;

    public AllowanceResource(AllowanceService allowances) {
        this.allowances = allowances;
    }

    @GET
    @Operation(summary = "The case's team allowances, withdrawn ones included, newest first (network-admin of its region)")
    public List<AllowanceView> list(@PathParam("id") UUID id) {
        return allowances.of(id);
    }

    @POST
    @Operation(summary = "Allow a case worker of another region to join the case (network-admin of its region)")
    @ResponseStatus(201) // no Location: an allowance is addressed by case and username, like a member
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllowanceView.class)))
    public AllowanceView allow(@PathParam("id") UUID id, @Valid @NotNull NewAllowance body) {
        return allowances.allow(id, body);
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Withdraw the standing allowance; a worker who already joined stays on the team")
    public void withdraw(@PathParam("id") UUID id, @PathParam("username") String username) { // 204
        allowances.withdraw(id, username);
    }
}
