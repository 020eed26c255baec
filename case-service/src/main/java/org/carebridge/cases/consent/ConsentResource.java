package org.carebridge.cases.consent;

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
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;
import java.util.UUID;

/** Consents of the youth or guardian on a case, for its members; the rule they drive is {@link ConsentRules}. */
@Path("/api/cases/{id}/consents")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private final ConsentService consents;

    public ConsentResource(ConsentService consents) {
        this.consents = consents;
    }

    @GET
    @Operation(summary = "Every consent of the case, live and revoked")
    public List<ConsentView> list(@PathParam("id") UUID id) {
        return consents.list(id);
    }

    @POST
    @Operation(summary = "Record a consent to share IDENTITY or JOURNAL with a member")
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    public ConsentView record(@PathParam("id") UUID id, @Valid @NotNull NewConsent body) {
        return consents.record(id, body);
    }

    @POST
    @Path("/{consentId}/revoke")
    @Operation(summary = "Revoke a consent; the record stays, marked revoked")
    public ConsentView revoke(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId) {
        return consents.revoke(id, consentId);
    }
}
