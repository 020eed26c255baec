package org.carebridge.network.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;
import java.util.regex.Pattern;

/** Who is around this youth: the reference index of the bridge, for the coordinators of the case's region. */
@Path("/api/network/cases/{caseId}/professionals")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final RosterService rosters;

    public RosterResource(RosterService rosters) {
        this.rosters = rosters;
    }

    @GET
    @Operation(summary = "The professionals of a case of my region, with organisation, role and who leads",
            description = "404 for a case of another region or one case-service never announced; a closed case's "
                    + "team stays visible.")
    public RosterView professionals(@PathParam("caseId") String caseId) {
        // parsed here rather than by JAX-RS, so that a malformed id is a 400 naming the field, not a bare 404
        if (caseId == null || !UUID_TEXT.matcher(caseId).matches()) {
            throw ProblemException.badField("caseId", "must be a UUID");
        }
        return rosters.of(UUID.fromString(caseId));
    }
}
