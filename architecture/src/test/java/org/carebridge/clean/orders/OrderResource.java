package org.carebridge.clean.orders;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.carebridge.clean.billing.Billing;

/** Clean: a resource using its own feature's entity and another feature's service. */
@Path("/orders")
public class OrderResource {
    Billing billing;

    @GET
    public Order find() {
        return billing.charge(new Order());
    }
}
