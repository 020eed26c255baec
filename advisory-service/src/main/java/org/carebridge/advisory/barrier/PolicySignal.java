package org.carebridge.advisory.barrier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A drafted policy signal: the report as it was drafted (a snapshot), so an export always shows the same text. */
@Entity
@Table(name = "policy_signal")
public class PolicySignal extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "barrier_id")
    public UUID barrierId;
    public String region;
    @Column(name = "drafted_by")
    public String draftedBy;
    @Column(name = "drafted_at")
    public OffsetDateTime draftedAt;
    /** the SignalReport as JSON */
    public String report;
}
