package org.carebridge.grabby.billing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.carebridge.grabby.orders.Invoice;

/** Planted: a resource handing out another feature's entity directly. */
@Path("/billing")
public class BillingResource {
    @GET
    public Invoice latest() {
        return new Invoice();
    }
}
