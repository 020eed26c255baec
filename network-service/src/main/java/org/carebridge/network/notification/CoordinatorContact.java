package org.carebridge.network.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A bridge coordinator's (or case worker's) address as their last token gave it: where emails go when Keycloak
 * cannot answer.
 */
@Entity
@Table(name = "coordinator_contact")
public class CoordinatorContact extends PanacheEntityBase {
    @Id
    public String username;
    public String region;
    public String email;
    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;
    /** whether their token held the role bridge-coordinator: only then may they stand in for the region's */
    public boolean coordinator;
}
