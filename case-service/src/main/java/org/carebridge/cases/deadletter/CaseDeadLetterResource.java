package org.carebridge.cases.deadletter;

import jakarta.ws.rs.Path;
import org.carebridge.platform.deadletter.DeadLetterResource;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** case-service's dead letters for the network administrator (shared implementation in platform). */
@Path("/api/cases/dead-letters")
@Tag(name = "dead letters")
public class CaseDeadLetterResource extends DeadLetterResource {
}
