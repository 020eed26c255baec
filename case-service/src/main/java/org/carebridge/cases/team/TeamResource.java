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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.cases.casefile.CaseViews.MemberView;
import org.carebridge.cases.casefile.NewMember;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** A case's team and lead, for its members; membership is checked in {@link TeamService}. */
@Path("/api/cases/{id}")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final TeamService team;

    public TeamResource(TeamService team) {
        this.team = team;
    }

    @GET
    @Path("/members")
    public TeamView team(@PathParam("id") UUID id) {
        return team.team(id);
    }

    @POST
    @Path("/members")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public Response add(@PathParam("id") UUID id, @Valid @NotNull NewMember body) {
        // no Location: a member is addressed by case and username, and read as part of the team
        return Response.status(Response.Status.CREATED).entity(team.add(id, body)).build();
    }

    @PUT
    @Path("/members/{username}")
    @Operation(summary = "Replace a member's organisation and role")
    public MemberView change(@PathParam("id") UUID id, @PathParam("username") String username,
                             @Valid @NotNull MemberChange body) {
        return team.change(id, username, body);
    }

    @DELETE
    @Path("/members/{username}")
    @Operation(summary = "Remove a member; removing the lead leaves the case flagged as without a lead")
    @APIResponse(responseCode = "204", description = "Done, nothing to answer")
    public Response remove(@PathParam("id") UUID id, @PathParam("username") String username) {
        team.remove(id, username);
        return Response.noContent().build();
    }

    @PUT
    @Path("/lead")
    @Operation(summary = "Make a member the case's one accountable lead")
    public TeamView lead(@PathParam("id") UUID id, @Valid @NotNull NewLead body) {
        return team.lead(id, body);
    }
}
