package org.carebridge.platform.leaky;

import org.carebridge.clean.orders.Order;

/** Planted: platform reaching into a service. */
public class Leaky {
    Order order;
}
