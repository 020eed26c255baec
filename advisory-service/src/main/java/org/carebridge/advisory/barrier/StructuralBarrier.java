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
 * Its status changes only through {@link #describe} (the group restates it freely) and {@link #signalled}.
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
    private BarrierStatus status;
    private String owner;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /**
     * Writes the entry as the group describes it. The register is the group's own notebook, so any status may
     * follow any other; a status or owner left out keeps the current one (OPEN and the author for a new entry).
     */
    void describe(BarrierRequest request, String author, OffsetDateTime at) {
        title = request.title().strip();
        description = request.description().strip();
        category = request.category();
        status = request.status() != null ? request.status() : status != null ? status : BarrierStatus.OPEN;
        owner = request.owner() != null ? request.owner().strip() : owner != null ? owner : author;
        updatedAt = at;
    }

    /**
     * OPEN -> SIGNALLED as a policy signal is drafted from it; a barrier already further along keeps its status
     * (a new signal on an ADDRESSED or CLOSED barrier documents it again, it does not reopen it).
     *
     * @return whether the status changed
     */
    boolean signalled() {
        if (status != BarrierStatus.OPEN) {
            return false;
        }
        status = BarrierStatus.SIGNALLED;
        return true;
    }

    public BarrierStatus status() {
        return status;
    }

    public String owner() {
        return owner;
    }
}
