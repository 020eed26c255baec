package org.carebridge.network.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;
import java.util.UUID;

/** An organisation of the care network (school, social services, youth work, ...) and how to reach it. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String region;
    public String contact;

    public static Optional<Organisation> named(String name) {
        return find("name", name).firstResultOptional();
    }
}
