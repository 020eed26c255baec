package org.carebridge.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the append-only audit trail; the database refuses updates and deletes of this table. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    public OffsetDateTime at;
    public String actor;
    @Column(name = "actor_roles")
    public String actorRoles;
    public String action;
    @Column(name = "object_type")
    public String objectType;
    @Column(name = "object_id")
    public String objectId;
    @Column(name = "case_id")
    public UUID caseId;
    public String reason;
}
