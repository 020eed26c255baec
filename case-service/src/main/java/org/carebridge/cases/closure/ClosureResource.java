package org.carebridge.cases.closure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.cases.closure.ClosureRequests.CloseCase;
import org.carebridge.cases.closure.ClosureRequests.ErasureRequest;
import org.carebridge.cases.closure.ClosureRequests.ErasureView;
import org.carebridge.cases.closure.ClosureService.CaseClosedView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** Closing a case (its members) and erasing a case's personal data on request (a network-admin of its region). */
@Path("/api/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosureResource {

    private final ClosureService closure;

    public ClosureResource(ClosureService closure) {
        this.closure = closure;
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.CASE_WORKER)
    @Operation(summary = "Close the case with its outcome; its personal data is erased after the retention period")
    public CaseClosedView close(@PathParam("id") UUID id, @Valid @NotNull CloseCase body) {
        return closure.close(id, body);
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Erase the case's personal data now (network-admin of the case's region)")
    public ErasureView erase(@PathParam("id") UUID id, @Valid @NotNull ErasureRequest body) {
        return closure.erase(id, body);
    }
}
