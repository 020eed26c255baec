package org.carebridge.network.handover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.HandoverReason;
import org.carebridge.network.vocabulary.HandoverScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A handover in the region as the bridge follows it; the id is case-service's handoverId. */
@Entity
@Table(name = "handover")
public class Handover extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String region;
    public String pseudonym;
    @Column(name = "age_band")
    public AgeBand ageBand;
    @Enumerated(EnumType.STRING)
    public HandoverScope scope;
    @Enumerated(EnumType.STRING)
    public HandoverReason reason;
    @Column(name = "from_username")
    public String fromUsername;
    @Column(name = "from_organisation")
    public String fromOrganisation;
    @Column(name = "to_username")
    public String toUsername;
    @Column(name = "to_organisation")
    public String toOrganisation;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
    @Column(name = "due_by")
    public LocalDate dueBy;
    @Column(name = "turns18_in")
    public String turns18In;
    @Enumerated(EnumType.STRING)
    public HandoverStatus status;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_organisation")
    public String decidedOrganisation;
    @Column(name = "new_lead_username")
    public String newLeadUsername;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public boolean overdueOn(LocalDate today) {
        return status == HandoverStatus.PENDING && dueBy != null && dueBy.isBefore(today);
    }
}
