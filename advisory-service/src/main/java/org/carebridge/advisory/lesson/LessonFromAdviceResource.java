package org.carebridge.advisory.lesson;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.security.Roles;

import java.util.UUID;

/**
 * A lesson drafted from the advice on a referral. Its address sits under the referral, its code with the lessons:
 * lessons build on referrals, and the referral feature knows nothing of lessons.
 */
@Path("/api/advisory/referrals/{id}/lesson")
@RolesAllowed(Roles.ADVISORY_MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class LessonFromAdviceResource {

    private final LessonService lessons;

    public LessonFromAdviceResource(LessonService lessons) {
        this.lessons = lessons;
    }

    /** Turns the advice on this referral into a lesson draft tagged with its barrier, domains and region. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonView.class)))
    public Response lesson(@PathParam("id") UUID id, @Valid @NotNull LessonFromAdviceRequest body) {
        return Response.status(Response.Status.CREATED).entity(lessons.fromAdvice(id, body)).build();
    }
}
