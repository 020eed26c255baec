package org.carebridge.advisory.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A referral on a session's agenda, and what the session decided about it (once handled). */
@Embeddable
public class AgendaItem {
    @Column(name = "referral_id")
    public UUID referralId;
    public String decision;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public String owner;
    @Column(name = "due_date")
    public LocalDate dueDate;
    /** null until decided; false keeps the referral on the next agenda */
    @Column(name = "is_final")
    public Boolean isFinal;

    public AgendaItem() {
    }

    public AgendaItem(UUID referralId) {
        this.referralId = referralId;
    }
}
