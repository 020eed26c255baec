package org.carebridge.network.workload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The workload of the caller's region, for its bridge coordinators (the region's lead among them). */
@Path("/api/network/workload")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class WorkloadResource {

    private final WorkloadService workload;

    public WorkloadResource(WorkloadService workload) {
        this.workload = workload;
    }

    @GET
    @Operation(summary = "Open escalations per owner and unclaimed, and open cases per professional and organisation "
            + "of my region", description = "Counts only: the age in days of the oldest open escalation, due "
            + "(within 7 days) and overdue counts; caseload from the teams case-service announced.")
    public WorkloadView get() {
        return workload.ofMyRegion();
    }
}
