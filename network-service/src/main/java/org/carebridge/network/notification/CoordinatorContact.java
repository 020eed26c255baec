package org.carebridge.network.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A bridge coordinator's (or case worker's, or advisory member's) address and language as their last token gave them:
 * where, and in which language, emails go when Keycloak cannot answer.
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
    /** whether their token held the role advisory-member: only then may they stand in for the region's advisory group */
    @Column(name = "advisory_member")
    public boolean advisoryMember;
    /** their token's {@code locale} claim (Keycloak's locale attribute), null without one: their mails' language */
    public String locale;
}
