package org.carebridge.cases.goal;

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
import org.carebridge.cases.casefile.Domain;
import org.carebridge.platform.problem.QueryParams;
import org.carebridge.cases.goal.GoalRequests.GoalChange;
import org.carebridge.cases.goal.GoalRequests.NewGoal;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Goals of a case, for its members; membership is checked in {@link GoalService}. */
@Path("/api/cases/{id}/goals")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource {

    private final GoalService goals;

    public GoalResource(GoalService goals) {
        this.goals = goals;
    }

    @GET
    @Operation(summary = "The case's goals, soonest due first", description = "Filters: status, domain, overdue=true "
            + "(open and past the due date); every goal carries its overdue flag.")
    public List<GoalView> list(@PathParam("id") UUID id,
                               @Parameter(schema = @Schema(implementation = GoalStatus.class))
                               @QueryParam("status") String status,
                               @Parameter(schema = @Schema(implementation = Domain.class))
                               @QueryParam("domain") String domain,
                               @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                               @QueryParam("overdue") String overdue) {
        return goals.list(id, QueryParams.enumOf("status", status, GoalStatus.class),
                QueryParams.enumOf("domain", domain, Domain.class), QueryParams.flag("overdue", overdue));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    public Response add(@PathParam("id") UUID id, @Valid @NotNull NewGoal body) {
        GoalView created = goals.add(id, body);
        return Response.created(URI.create("/api/cases/" + id + "/goals/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{goalId}")
    public GoalView get(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId) {
        return goals.get(id, goalId);
    }

    @PUT
    @Path("/{goalId}")
    public GoalView change(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId,
                           @Valid @NotNull GoalChange body) {
        return goals.change(id, goalId, body);
    }
}
