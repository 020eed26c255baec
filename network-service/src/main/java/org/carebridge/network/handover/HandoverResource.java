package org.carebridge.network.handover;

import org.carebridge.network.vocabulary.HandoverReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** Handovers in flight in the caller's region, and the youths turning 18 soon with their transition. */
@Path("/api/network/handovers")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class HandoverResource {

    private final HandoverQueries handovers;

    public HandoverResource(HandoverQueries handovers) {
        this.handovers = handovers;
    }

    @GET
    @Operation(summary = "Handovers of my region, newest first",
            description = "status: PENDING, ACCEPTED, DECLINED, WITHDRAWN or OVERDUE (pending past dueBy); reason;"
                    + " page/size.")
    public PageView<HandoverView> list(@Parameter(schema = @Schema(implementation = HandoverQueries.StatusFilter.class))
                                       @QueryParam("status") String status,
                                       @Parameter(schema = @Schema(implementation = HandoverReason.class))
                                       @QueryParam("reason") String reason, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return handovers.list(status, reason, PageRequest.of(page, size));
    }

    @GET
    @Path("/age-18-transitions")
    @Operation(summary = "Youths of my region turning 18 within six months, with the state of their transition")
    public List<TransitionView> transitions() {
        return handovers.transitions();
    }

    @GET
    @Path("/{id}")
    public HandoverView get(@PathParam("id") UUID id) {
        return handovers.get(id);
    }
}
