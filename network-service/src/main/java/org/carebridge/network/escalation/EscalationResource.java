package org.carebridge.network.escalation;

import org.carebridge.network.vocabulary.Urgency;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.network.vocabulary.AgeBand;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/**
 * The bridge inbox of the caller's region: list, read, claim, note, set a due date, convene a consultation
 * table and record its outcome, and the lead's reassignment after a climb. Resolving (resolution) and referring (referral) live with their features, under the same path.
 */
@Path("/api/network/escalations")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

    private final EscalationService escalations;

    public EscalationResource(EscalationService escalations) {
        this.escalations = escalations;
    }

    @GET
    @Operation(summary = "Escalations of my region, newest first",
            description = "Filters: status, barrier, urgency, ageBand (e.g. 16-17), owner (a username, or none for "
                    + "unclaimed); page/size (max 100) page.")
    public PageView<EscalationView> list(@Parameter(schema = @Schema(implementation = EscalationStatus.class))
                                         @QueryParam("status") String status,
                                         @Parameter(schema = @Schema(implementation = Barrier.class))
                                         @QueryParam("barrier") String barrier,
                                         @Parameter(schema = @Schema(implementation = Urgency.class))
                                         @QueryParam("urgency") String urgency,
                                         @Parameter(schema = @Schema(implementation = AgeBand.class))
                                         @QueryParam("ageBand") String ageBand,
                                         @Parameter(description = "a coordinator's username, or none for unclaimed",
                                                 schema = @Schema(type = SchemaType.STRING,
                                                         pattern = "^[A-Za-z0-9._@-]{1,200}$"))
                                         @QueryParam("owner") String owner, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return escalations.list(EscalationFilter.of(status, barrier, urgency, ageBand, owner), paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One escalation with its steps, notes and consultation tables")
    public EscalationView get(@PathParam("id") UUID id) {
        return escalations.get(id);
    }

    @POST
    @Path("/{id}/claim")
    public EscalationView claim(@PathParam("id") UUID id) {
        return escalations.claim(id);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a note of the bridge (stays in network-service)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    public Response addNote(@PathParam("id") UUID id, @Valid @NotNull BridgeRequests.Note body) {
        return Response.status(Response.Status.CREATED).entity(escalations.addNote(id, body)).build();
    }

    @PUT
    @Path("/{id}/due-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The owner moves the due date (today or later)")
    public EscalationView setDueDate(@PathParam("id") UUID id, @Valid @NotNull BridgeRequests.DueDate body) {
        return escalations.setDueDate(id, body);
    }

    @POST
    @Path("/{id}/reassignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "After its climb, the region's lead coordinator gives it to another coordinator of the region")
    public EscalationView reassign(@PathParam("id") UUID id, @Valid @NotNull BridgeRequests.Reassignment body) {
        return escalations.reassign(id, body);
    }

    @POST
    @Path("/{id}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The owner convenes a consultation table with team members and organisations")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    public Response convene(@PathParam("id") UUID id, @Valid @NotNull BridgeRequests.Consultation body) {
        return Response.status(Response.Status.CREATED).entity(escalations.convene(id, body)).build();
    }

    @POST
    @Path("/{id}/consultations/{consultationId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The owner records what a consultation table concluded and its decisions, once")
    public EscalationView concludeConsultation(@PathParam("id") UUID id,
                                               @PathParam("consultationId") UUID consultationId,
                                               @Valid @NotNull BridgeRequests.ConsultationOutcome body) {
        return escalations.concludeConsultation(id, consultationId, body);
    }
}
