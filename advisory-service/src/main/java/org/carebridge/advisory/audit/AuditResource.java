package org.carebridge.advisory.audit;

import jakarta.ws.rs.Path;
import org.carebridge.platform.audit.AuditTrailResource;

/** Who read or changed what in advisory-service (advisory members do not read the trail of their own actions): the platform's audit trail resource at this service's path. */
@Path("/api/advisory/audit")
public class AuditResource extends AuditTrailResource {
}
