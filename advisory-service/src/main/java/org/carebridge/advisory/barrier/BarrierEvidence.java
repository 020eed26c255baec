package org.carebridge.advisory.barrier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A referral (a pseudonymised digest) kept as evidence that a structural barrier is real. */
@Entity
@Table(name = "barrier_evidence")
public class BarrierEvidence extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "barrier_id")
    public UUID barrierId;
    @Column(name = "referral_id")
    public UUID referralId;
    @Column(name = "added_by")
    public String addedBy;
    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    public static List<BarrierEvidence> of(UUID barrierId) {
        return list("barrierId = ?1 order by addedAt, id", barrierId);
    }
}
