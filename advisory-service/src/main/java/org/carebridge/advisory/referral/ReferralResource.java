package org.carebridge.advisory.referral;

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
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.security.Roles;

import java.util.UUID;

/**
 * Referrals on the advisory group's table (of the caller's region), their owner, closure and the advice on them; a
 * lesson drafted from the advice is {@code lesson.LessonFromAdviceResource}'s.
 */
@Path("/api/advisory/referrals")
@RolesAllowed(Roles.ADVISORY_MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService referrals;

    public ReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** Referrals of my region, newest first; {@code status} filters, {@code page}/{@code size} (max 100) page. */
    @GET
    public PageView<ReferralView> list(@Parameter(schema = @Schema(implementation = ReferralStatus.class))
                                       @QueryParam("status") String status, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        ReferralStatus wanted = status == null || status.isBlank() ? null : ReferralStatus.parse("status", status);
        return referrals.list(wanted, paging);
    }

    @GET
    @Path("/{id}")
    public ReferralView get(@PathParam("id") UUID id) {
        return referrals.get(id);
    }

    /** Gives the advice (once); answers the referral with it, and the advice flows down as an event. */
    @POST
    @Path("/{id}/advice")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response advise(@PathParam("id") UUID id, @Valid @NotNull AdviceRequest body) {
        return Response.status(Response.Status.CREATED).entity(referrals.advise(id, body)).build();
    }

    /** Gives the referral an owner among the region's advisory members. */
    @POST
    @Path("/{id}/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReferralView owner(@PathParam("id") UUID id, @Valid @NotNull OwnerRequest body) {
        return referrals.assignOwner(id, body);
    }

    /** Closes an open referral without advice; the reason is required and reaches the case team. */
    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReferralView closure(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest body) {
        return referrals.close(id, body);
    }
}
