package org.carebridge.advisory.barrier;

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
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.problem.QueryParams;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.Roles;

import java.util.UUID;

/** The barrier register of my region: entries, counts over time, evidence, and policy signals drafted from them. */
@Path("/api/advisory/barriers")
@RolesAllowed(Roles.ADVISORY_MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class BarrierResource {

    private final BarrierService barriers;
    private final SignalService signals;

    public BarrierResource(BarrierService barriers, SignalService signals) {
        this.barriers = barriers;
        this.signals = signals;
    }

    @GET
    public PageView<BarrierView> list(@Parameter(schema = @Schema(implementation = BarrierStatus.class))
                                      @QueryParam("status") String status,
                                      @Parameter(schema = @Schema(implementation = Barrier.class))
                                      @QueryParam("category") String category, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return barriers.list(QueryParams.enumOf("status", status, BarrierStatus.class),
                QueryParams.enumOf("category", category, Barrier.class), paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BarrierView.class)))
    public Response create(@Valid @NotNull BarrierRequest body) {
        return Response.status(Response.Status.CREATED).entity(barriers.create(body)).build();
    }

    /** The entry with its counts over the last {@code months} months (1 to 60, default 12). */
    @GET
    @Path("/{id}")
    public BarrierView get(@PathParam("id") UUID id,
                           @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "60",
                                   defaultValue = "12"))
                           @QueryParam("months") String months) {
        return barriers.get(id, months(months));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BarrierView update(@PathParam("id") UUID id, @Valid @NotNull BarrierRequest body) {
        return barriers.update(id, body);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    public BarrierView addEvidence(@PathParam("id") UUID id, @Valid @NotNull EvidenceRequest body) {
        return barriers.addEvidence(id, body);
    }

    /** Drafts a policy signal from the entry (counts, trend, anonymised examples); export it under /signals. */
    @POST
    @Path("/{id}/signals")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignalReport.class)))
    public Response signal(@PathParam("id") UUID id,
                           @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "60",
                                   defaultValue = "12"))
                           @QueryParam("months") String months) {
        return Response.status(Response.Status.CREATED).entity(signals.draft(id, months(months))).build();
    }

    static int months(String value) {
        if (value == null || value.isBlank()) {
            return 12;
        }
        try {
            int months = Integer.parseInt(value.strip());
            if (months >= 1 && months <= 60) {
                return months;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badField("months", "must be a whole number from 1 to 60");
    }
}
