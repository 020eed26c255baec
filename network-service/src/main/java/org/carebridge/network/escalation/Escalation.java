package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.network.erased.ErasedCase;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.network.vocabulary.Intensity;
import org.carebridge.network.vocabulary.Urgency;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A case team's call for help as the bridge holds it. The id is case-service's escalationId, so the same
 * escalation can never be stored twice, whatever Kafka redelivers.
 */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String region;
    public String pseudonym;
    @Column(name = "age_band")
    public AgeBand ageBand;
    // enum names; the consumer only stores values it could read as the enums
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> domains;
    @Enumerated(EnumType.STRING)
    public Intensity intensity;
    @Enumerated(EnumType.STRING)
    public Barrier barrier;
    @Enumerated(EnumType.STRING)
    public Urgency urgency;
    @Column(name = "what_was_tried")
    public String whatWasTried;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tried_measures")
    public List<String> triedMeasures;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    @Enumerated(EnumType.STRING)
    public EscalationStatus status;
    public String owner;
    @Column(name = "claimed_at")
    public OffsetDateTime claimedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "resolution_advice")
    public String resolutionAdvice;
    /** the kinds the scrubber took out of the resolution advice, see TextScrubber */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "resolution_advice_removed")
    public List<String> resolutionAdviceRemoved = List.of();
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
    @Column(name = "last_notified_at")
    public OffsetDateTime lastNotifiedAt;
    public int renotifications;
    @Column(name = "climbed_at")
    public OffsetDateTime climbedAt;
    @Column(name = "climbed_to")
    public String climbedTo;
    /** When its free text was blanked (erasure of the case, or retention after it ended); null while it stands. */
    @Column(name = "texts_erased_at")
    public OffsetDateTime textsErasedAt;

    public boolean ownedBy(String username) {
        return owner != null && owner.equals(username);
    }

    /**
     * Blanks its own free text (what the team tried, the resolution advice) once; false when it was blanked
     * already. The texts around it (notes, agendas, referral, outbox) are FreeText's to blank.
     */
    public boolean blankTexts(OffsetDateTime at) {
        if (textsErasedAt != null) {
            return false;
        }
        whatWasTried = ErasedCase.TEXT;
        if (resolutionAdvice != null) {
            resolutionAdvice = ErasedCase.TEXT; // required while RESOLVED: blanked, never removed
        }
        textsErasedAt = at;
        return true;
    }
}
