package org.carebridge.cases.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.cases.casefile.CaseViews.CaseSummary;
import org.carebridge.cases.casefile.CaseViews.CaseView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;

import java.net.URI;
import java.util.UUID;

/** Cases and their teams, for case workers; membership of the case is checked in {@link CaseService}. */
@Path("/api/cases")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;

    public CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @POST
    public Response create(@Valid @NotNull NewCase body) {
        CaseView created = cases.create(body);
        return Response.created(URI.create("/api/cases/" + created.id())).entity(created).build();
    }

    @GET
    public PageView<CaseSummary> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return cases.mine(PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id);
    }

    @POST
    @Path("/{id}/members")
    public Response addMember(@PathParam("id") UUID id, @Valid @NotNull NewMember body) {
        // no Location: a member has no URL of its own, it is read as part of the case
        return Response.status(Response.Status.CREATED).entity(cases.addMember(id, body)).build();
    }
}
