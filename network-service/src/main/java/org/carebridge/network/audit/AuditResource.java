package org.carebridge.network.audit;

import jakarta.ws.rs.Path;
import org.carebridge.platform.audit.AuditTrailResource;

/** Who read or changed what in network-service (escalations, referrals, handovers, rosters, the catalogue): the platform's audit trail resource at this service's path. */
@Path("/api/network/audit")
public class AuditResource extends AuditTrailResource {
}
