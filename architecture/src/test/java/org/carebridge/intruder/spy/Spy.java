package org.carebridge.intruder.spy;

import org.carebridge.clean.orders.Order;

/** Planted: one service importing another service's class. */
public class Spy {
    Order order;
}
