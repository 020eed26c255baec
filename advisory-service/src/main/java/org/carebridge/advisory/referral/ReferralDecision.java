package org.carebridge.advisory.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A decision a session took on the referral, kept with the referral so its view shows every one, oldest first. */
@Embeddable
public class ReferralDecision {
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "decision")
    public String text;
    public String owner;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "is_final")
    public boolean isFinal;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public ReferralDecision() {
    }

    ReferralDecision(UUID sessionId, ReferralStep.Decision d, String decidedBy, OffsetDateTime decidedAt) {
        this.sessionId = sessionId;
        this.text = d.text();
        this.owner = d.owner();
        this.dueDate = d.dueDate();
        this.isFinal = d.isFinal();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
