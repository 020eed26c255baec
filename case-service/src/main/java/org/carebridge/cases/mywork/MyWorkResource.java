package org.carebridge.cases.mywork;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** "My work" for case workers: the caller's own items across their cases (see {@link MyWork}). */
@Path("/api/me/work")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class MyWorkResource {

    private final MyWorkService work;

    public MyWorkResource(MyWorkService work) {
        this.work = work;
    }

    @GET
    @Operation(summary = "My work: open goals I own (soonest due first), open escalations I raised (oldest first), "
            + "handovers I may accept or decline (oldest first); at most 100 of each, only from cases I am on the team "
            + "of (a handover's case is named once I am on its team)")
    public MyWork mine() {
        return work.mine();
    }
}
