package org.carebridge.cases.casefile;

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
import org.carebridge.cases.casefile.CaseViews.CaseSummary;
import org.carebridge.cases.casefile.CaseViews.CaseView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response create(@Valid @NotNull NewCase body) {
        CaseView created = cases.create(body);
        return Response.created(URI.create("/api/cases/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "My cases", description = "Filters: status, domain, intensity, transitionDue (turns 18 "
            + "within six months), leadMissing; q searches the youth's name; sort NEWEST (default), NAME or BIRTHDATE.")
    public PageView<CaseSummary> mine(@Parameter(schema = @Schema(implementation = CaseStatus.class))
                                      @QueryParam("status") String status,
                                      @Parameter(schema = @Schema(implementation = Domain.class))
                                      @QueryParam("domain") String domain,
                                      @Parameter(schema = @Schema(implementation = Intensity.class))
                                      @QueryParam("intensity") String intensity,
                                      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                                      @QueryParam("transitionDue") String transitionDue,
                                      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                                      @QueryParam("leadMissing") String leadMissing,
                                      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = CaseFilter.SEARCH_LENGTH))
                                      @QueryParam("q") String q,
                                      @Parameter(schema = @Schema(implementation = CaseFilter.Order.class))
                                      @QueryParam("sort") String sort, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        CaseFilter filter = CaseFilter.of(status, domain, intensity, transitionDue, leadMissing, q, sort);
        return cases.mine(filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit the youth's details, intensity and domains (all replaced); members of an open case")
    public CaseView update(@PathParam("id") UUID id, @Valid @NotNull CaseUpdate body) {
        return cases.update(id, body);
    }
}
