package org.carebridge.cases.journal;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.problem.QueryParams;
import org.carebridge.cases.timeline.TimelineEntryView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** The journal of a case (notes, the youth's and parents' voice, decisions, signals), for its members. */
@Path("/api/cases/{id}/notes")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JournalResource {

    private final JournalService journal;

    public JournalResource(JournalService journal) {
        this.journal = journal;
    }

    @POST
    @Operation(summary = "Write in the journal; the entry joins the case's timeline")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineEntryView.class)))
    public Response write(@PathParam("id") UUID id, @Valid @NotNull NewNote body) {
        // no Location: an entry is read in the journal or the timeline, not on its own
        return Response.status(Response.Status.CREATED).entity(journal.write(id, body)).build();
    }

    @GET
    @Operation(summary = "The journal, newest first; filter by kind")
    public PageView<TimelineEntryView> read(@PathParam("id") UUID id,
                                            @Parameter(schema = @Schema(implementation = NoteKind.class))
                                            @QueryParam("kind") String kind, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        return journal.read(id, QueryParams.enumOf("kind", kind, NoteKind.class), PageRequest.of(page, size));
    }
}
