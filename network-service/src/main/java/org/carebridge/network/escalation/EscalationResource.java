package org.carebridge.network.escalation;

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
import org.carebridge.network.referral.ReferralRequest;
import org.carebridge.network.referral.ReferralService;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.security.Roles;

import java.util.UUID;

/** The bridge inbox of the caller's region: list, read, claim and refer escalations. */
@Path("/api/network/escalations")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

    private final EscalationService escalations;
    private final ReferralService referrals;

    public EscalationResource(EscalationService escalations, ReferralService referrals) {
        this.escalations = escalations;
        this.referrals = referrals;
    }

    /** Escalations of my region, newest first; {@code status} filters, {@code page}/{@code size} (max 100) page. */
    @GET
    public PageView<EscalationView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        EscalationStatus wanted = status == null || status.isBlank() ? null : EscalationStatus.parse("status", status);
        return escalations.list(wanted, paging);
    }

    @GET
    @Path("/{id}")
    public EscalationView get(@PathParam("id") UUID id) {
        return escalations.get(id);
    }

    @POST
    @Path("/{id}/claim")
    public EscalationView claim(@PathParam("id") UUID id) {
        return escalations.claim(id);
    }

    /** Refers a claimed escalation to the advisory group; answers the escalation with its new referral. */
    @POST
    @Path("/{id}/referral")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refer(@PathParam("id") UUID id, @Valid @NotNull ReferralRequest body) {
        EscalationView referred = referrals.refer(id, body);
        return Response.status(Response.Status.CREATED).entity(referred).build();
    }
}
