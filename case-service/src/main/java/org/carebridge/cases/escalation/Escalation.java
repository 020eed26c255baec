package org.carebridge.cases.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.carebridge.cases.barrier.Barrier;

/** A team asking the bridge for help with one barrier. */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public Barrier barrier;
    @Enumerated(EnumType.STRING)
    public Urgency urgency;
    /** Written for the bridge; it leaves the service in case.escalated.v1, never further up. */
    @Column(name = "what_was_tried")
    public String whatWasTried;
    @ElementCollection
    @CollectionTable(name = "escalation_tried_measure", joinColumns = @JoinColumn(name = "escalation_id"))
    @Column(name = "measure")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    public Set<TriedMeasure> triedMeasures = new HashSet<>();
    @Enumerated(EnumType.STRING)
    public EscalationStatus status;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    /** The bridge's answer, null until network.escalation-resolved.v1 arrives. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_outcome")
    public ResolutionOutcome resolutionOutcome;
    /** Written by the bridge for the team; stays in case-service. */
    @Column(name = "resolution_advice")
    public String resolutionAdvice;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    /** When and by which tier the escalation ended first (see {@link #end}); null while nobody answered. */
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by")
    public EndedBy endedBy;

    /** Records the first action that ended the escalation; later ones (a resolution after advice) keep it. */
    public void end(EndedBy by, OffsetDateTime at) {
        if (endedAt == null) {
            endedAt = at;
            endedBy = by;
        }
    }

    public boolean isOpen() {
        return EscalationStatus.OPEN.contains(status);
    }
}
