package org.carebridge.cases.handover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A request to hand a case's lead (or the whole case) to another professional or organisation. */
@Entity
@Table(name = "handover")
public class Handover extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    /** The case's region when requested: who of an organisation may receive it. */
    public String region;
    @Enumerated(EnumType.STRING)
    public HandoverScope scope;
    @Enumerated(EnumType.STRING)
    public HandoverReason reason;
    @Enumerated(EnumType.STRING)
    public HandoverStatus status;
    @Column(name = "from_username")
    public String fromUsername;
    @Column(name = "from_organisation")
    public String fromOrganisation;
    /** The receiving professional; null when any case worker of {@link #toOrganisation} in the region may accept. */
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
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** Whether a transition handover at 18 was accepted for the case (the age-18 alert stays quiet then). */
    public static boolean age18TransitionAccepted(UUID caseId) {
        return count("caseId = ?1 and status = ?2 and reason = ?3", caseId, HandoverStatus.ACCEPTED,
                HandoverReason.AGE_18_TRANSITION) > 0;
    }
}
