package org.carebridge.network.deadletter;

import jakarta.ws.rs.Path;
import org.carebridge.platform.deadletter.DeadLetterResource;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** network-service's dead letters for the network administrator (shared implementation in platform). */
@Path("/api/network/dead-letters")
@Tag(name = "dead letters")
public class NetworkDeadLetterResource extends DeadLetterResource {
}
