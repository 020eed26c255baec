package org.carebridge.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Dead letters of one service for the network administrator: list, read one, replay. Each service binds it
 * to its own path with an empty subclass ({@code @Path("/api/cases/dead-letters")}), so there is one implementation.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Events this service could never apply, newest first, with the reason (not their data)")
    public PageView<DeadLetterView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return deadLetters.list(PageRequest.of(page, size));
    }

    @GET
    @Path("/{deadLetterId}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "One dead letter (id: partition-offset on the dead-letter topic) and its replays")
    public DeadLetterView one(@PathParam("deadLetterId") String id) {
        return deadLetters.one(id);
    }

    @POST
    @Path("/{deadLetterId}/replay")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Sends the unchanged event back to its topic, after its cause was fixed; "
            + "an event already applied is skipped by the consumer, so a replay is never applied twice")
    public DeadLetterView replay(@PathParam("deadLetterId") String id) {
        return deadLetters.replay(id);
    }
}
