package org.carebridge.network.region;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.OffsetDateTime;

import static org.carebridge.platform.time.Clocks.utc;

/**
 * Who leads the bridge of a region. A network-admin sets it for any region, to an enabled bridge coordinator of
 * that region as Keycloak knows them; a bridge coordinator reads the lead of their own region only (another region
 * answers 404).
 */
@Path("/api/network/regions/{region}/lead")
@Produces(MediaType.APPLICATION_JSON)
public class RegionLeadResource {

    static final String REGION = "[a-z0-9-]{1,50}";

    public record LeadRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}", message = "must be a username")
                              String username) {
    }

    public record LeadView(String region, String username, String setBy, OffsetDateTime setAt) {
    }

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final RegionCoordinators coordinators;

    public RegionLeadResource(CurrentUser user, AuditTrail audit, Clock clock, RegionCoordinators coordinators) {
        this.coordinators = coordinators;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.BRIDGE_COORDINATOR})
    @Transactional
    public LeadView get(@PathParam("region") String region) {
        checkRegion(region);
        if (!user.hasRole(Roles.NETWORK_ADMIN) && user.region().filter(region::equals).isEmpty()) {
            throw ProblemException.notFound("region " + region);
        }
        RegionLead lead = RegionLead.findById(region);
        if (lead == null) {
            throw ProblemException.notFound("lead coordinator of region " + region);
        }
        return new LeadView(lead.region, lead.username, lead.setBy, utc(lead.setAt));
    }

    @PUT
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Sets the lead coordinator of a region, to whom overdue escalations climb")
    public LeadView set(@PathParam("region") String region, @Valid @NotNull LeadRequest body) {
        checkRegion(region);
        requireCoordinator(body.username(), region);
        RegionLead lead = RegionLead.findById(region);
        if (lead == null) {
            lead = new RegionLead();
            lead.region = region;
        }
        lead.username = body.username();
        lead.setBy = user.username();
        lead.setAt = Clocks.now(clock);
        lead.persist();
        audit.record("SET_LEAD", "region", region, null, "lead coordinator " + lead.username);
        return new LeadView(lead.region, lead.username, lead.setBy, utc(lead.setAt));
    }

    /** A climb must reach someone who works this region's bridge: Keycloak says who does, or we cannot tell (503). */
    private void requireCoordinator(String username, String region) {
        if (!coordinators.coordinates(username, region)) {
            throw ProblemException.badField("username", "must be an enabled bridge coordinator of region " + region);
        }
    }

    private static void checkRegion(String region) {
        if (!region.matches(REGION)) {
            throw ProblemException.badField("region", "must be 1-50 lowercase letters, digits or dashes");
        }
    }
}
