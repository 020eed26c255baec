package org.carebridge.advisory.session;

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

import java.util.UUID;

/** Advisory meetings of my region: plan one (the agenda is built from open referrals), minutes, decisions. */
@Path("/api/advisory/sessions")
@RolesAllowed(Roles.ADVISORY_MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;

    public SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    public PageView<SessionView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return sessions.list(PageRequest.of(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response plan(@Valid @NotNull SessionRequest body) {
        return Response.status(Response.Status.CREATED).entity(sessions.plan(body)).build();
    }

    @GET
    @Path("/{id}")
    public SessionView get(@PathParam("id") UUID id) {
        return sessions.get(id);
    }

    @PUT
    @Path("/{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView minutes(@PathParam("id") UUID id, @Valid @NotNull MinutesRequest body) {
        return sessions.minutes(id, body);
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest body) {
        return sessions.decide(id, body);
    }
}
