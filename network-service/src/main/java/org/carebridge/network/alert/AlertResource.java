package org.carebridge.network.alert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.QueryParams;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The alert list of the caller's region, and what its coordinators do with an alert: acknowledge, assign. */
@Path("/api/network/alerts")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    /** Whom to give an alert to: a bridge coordinator of its region. */
    public record Assignment(@NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}", message = "must be a username")
                             String assignee) {
    }

    private final AlertService alerts;

    public AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @Operation(summary = "Alerts of my region, newest first",
            description = "state: open (nobody acknowledged it yet) or acknowledged; page/size (max 100) page.")
    public PageView<AlertView> list(@Parameter(schema = @Schema(implementation = AlertState.class))
                                    @QueryParam("state") String state, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return alerts.list(QueryParams.enumOf("state", state, AlertState.class), paging);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "I have taken note of an alert of my region (once; repeating it changes nothing)",
            description = "409 when a colleague acknowledged it first; 404 for an alert of another region.")
    public AlertView acknowledge(@PathParam("id") String id) {
        return alerts.acknowledge(QueryParams.uuid("id", id));
    }

    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gives an alert of my region to a bridge coordinator of the region to follow up",
            description = "400 naming assignee for anyone Keycloak does not know as an enabled coordinator of the "
                    + "region; 404 for an alert of another region.")
    public AlertView assign(@PathParam("id") String id, @Valid @NotNull Assignment body) {
        return alerts.assign(QueryParams.uuid("id", id), body.assignee());
    }
}
