package org.carebridge.cases.writefloor;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The floor a journal note is measured against (issue 22, bench/run step 3): the same gateway, the same token
 * and role check, the same framework, and one insert, nothing else (no membership, no audit, no timeline, no
 * event). It exists only in bench/run's own system (CAREBRIDGE_BENCH_WRITE_FLOOR=on); anywhere else Quarkus
 * leaves it out at start-up, so the path answers as any unknown one, and it is not in the API document.
 */
@Path("/api/cases/write-floor")
@RolesAllowed(Roles.CASE_WORKER)
@EndpointDisabled(name = "carebridge.bench.write-floor", stringValue = "off", disableIfMissing = true)
public class WriteFloorResource {

    @POST
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response write() {
        WriteFloorRow row = new WriteFloorRow();
        row.id = UUID.randomUUID();
        row.writtenAt = OffsetDateTime.now();
        row.persist();
        return Response.status(Response.Status.CREATED).entity(Map.of("id", row.id)).build();
    }
}
