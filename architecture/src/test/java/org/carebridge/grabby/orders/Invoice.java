package org.carebridge.grabby.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Planted: the entity another feature's resource reaches for. */
@Entity
public class Invoice {
    @Id
    Long id;
}
