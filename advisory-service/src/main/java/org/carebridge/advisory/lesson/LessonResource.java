package org.carebridge.advisory.lesson;

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
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.QueryParams;
import org.carebridge.platform.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The knowledge base of lessons and success stories: search, write, publish. */
@Path("/api/advisory/lessons")
@RolesAllowed(Roles.ADVISORY_MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class LessonResource {

    /** Longest search text and region name a query may carry (a region's name is at most 50 everywhere). */
    private static final int SEARCH_LENGTH = 200;
    private static final int REGION_LENGTH = 50;

    private final LessonService lessons;

    public LessonResource(LessonService lessons) {
        this.lessons = lessons;
    }

    /**
     * Search: {@code barrier}, {@code domain}, {@code kind}, {@code region} (lessons for that region or all),
     * {@code published} (true/false), {@code q} (every word in title or summary); newest first, paged.
     */
    @GET
    public PageView<LessonView> search(@Parameter(schema = @Schema(implementation = Barrier.class))
                                       @QueryParam("barrier") String barrier,
                                       @Parameter(schema = @Schema(implementation = Domain.class))
                                       @QueryParam("domain") String domain,
                                       @Parameter(schema = @Schema(implementation = LessonKind.class))
                                       @QueryParam("kind") String kind,
                                       @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = REGION_LENGTH))
                                       @QueryParam("region") String region,
                                       @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                                       @QueryParam("published") String published,
                                       @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = SEARCH_LENGTH))
                                       @QueryParam("q") String q,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        String text = QueryParams.text("q", q, SEARCH_LENGTH);
        List<String> terms = text == null ? List.of() : Arrays.stream(text.split("\\s+")).limit(10).toList();
        return lessons.search(new LessonSearch(QueryParams.enumOf("barrier", barrier, Barrier.class),
                QueryParams.enumOf("domain", domain, Domain.class), QueryParams.text("region", region, REGION_LENGTH),
                QueryParams.enumOf("kind", kind, LessonKind.class), QueryParams.bool("published", published), terms), paging);
    }

    @GET
    @Path("/{id}")
    public LessonView get(@PathParam("id") UUID id) {
        return lessons.get(id);
    }

    /** A new draft of my region; nothing leaves the advisory group until it is published. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonView.class)))
    public Response create(@Valid @NotNull LessonRequest body) {
        return Response.status(Response.Status.CREATED).entity(lessons.create(body)).build();
    }

    /** Replaces the text and tags; a published lesson then has changes waiting for the next revision. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LessonView update(@PathParam("id") UUID id, @Valid @NotNull LessonRequest body) {
        return lessons.update(id, body);
    }

    /** Publishes the current text as the next revision (advisory.lesson-published.v1). */
    @POST
    @Path("/{id}/publication")
    public LessonView publish(@PathParam("id") UUID id) {
        return lessons.publish(id);
    }
}
