package org.carebridge.network.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;

/** The alert list of the caller's region. */
@Path("/api/network/alerts")
@RolesAllowed(Roles.BRIDGE_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertService alerts;

    public AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    /** Alerts of my region, newest first; {@code page}/{@code size} (max 100) page. */
    @GET
    public PageView<AlertView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return alerts.list(PageRequest.of(page, size));
    }
}
