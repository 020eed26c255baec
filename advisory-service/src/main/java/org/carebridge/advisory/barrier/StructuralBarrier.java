package org.carebridge.advisory.barrier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.advisory.vocabulary.Barrier;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A structural barrier of the register (e.g. "no school place after 18 for reception-class pupils"), counted
 * through its category and documented with pseudonymised referrals as evidence. Belongs to one region.
 */
@Entity
@Table(name = "structural_barrier")
public class StructuralBarrier extends PanacheEntityBase {
    @Id
    public UUID id;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public Barrier category;
    public String region;
    @Enumerated(EnumType.STRING)
    public BarrierStatus status;
    public String owner;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
