package org.carebridge.advisory.deadletter;

import jakarta.ws.rs.Path;
import org.carebridge.platform.deadletter.DeadLetterResource;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** advisory-service's dead letters for the network administrator (shared implementation in platform). */
@Path("/api/advisory/dead-letters")
@Tag(name = "dead letters")
public class AdvisoryDeadLetterResource extends DeadLetterResource {
}
