package org.carebridge.network.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The lead coordinator of a region: where an escalation climbs when nobody resolved it by its due date.
 * Kept here, not as a Keycloak attribute, because it is the bridge's own organisation (it changes with rosters
 * and holidays, a network-admin sets it without realm-admin rights, and the climb must read it without a token).
 */
@Entity
@Table(name = "region_lead")
public class RegionLead extends PanacheEntityBase {
    @Id
    public String region;
    public String username;
    @Column(name = "set_by")
    public String setBy;
    @Column(name = "set_at")
    public OffsetDateTime setAt;

    public static Optional<String> of(String region) {
        return RegionLead.<RegionLead>findByIdOptional(region).map(lead -> lead.username);
    }
}
