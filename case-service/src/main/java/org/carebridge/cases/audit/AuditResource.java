package org.carebridge.cases.audit;

import jakarta.ws.rs.Path;
import org.carebridge.platform.audit.AuditTrailResource;

/** Who read or changed which case (case-service): the platform's audit trail resource at this service's path. */
@Path("/api/cases/audit")
public class AuditResource extends AuditTrailResource {
}
