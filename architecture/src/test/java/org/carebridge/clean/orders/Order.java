package org.carebridge.clean.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.carebridge.platform.plumbing.Plumbing;

/** Clean: an entity of the orders feature, using platform. */
@Entity
public class Order {
    @Id
    Long id;
    Plumbing plumbing;
}
