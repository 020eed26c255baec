package org.carebridge.network.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An escalation the bridge referred to the advisory group, and the advice that came back for it. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "escalation_id")
    public UUID escalationId;
    public String question;
    /** the kinds the scrubber took out of the question, see TextScrubber */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "question_removed")
    public List<String> questionRemoved = List.of();
    @Column(name = "referred_by")
    public String referredBy;
    @Column(name = "referred_at")
    public OffsetDateTime referredAt;
    @Column(name = "advice_id")
    public UUID adviceId;
    public String advice;
    @Column(name = "advice_given_by")
    public String adviceGivenBy;
    @Column(name = "advice_given_at")
    public OffsetDateTime adviceGivenAt;

    public static Optional<Referral> ofEscalation(UUID escalationId) {
        return find("escalationId", escalationId).firstResultOptional();
    }

    public static List<Referral> ofEscalations(Collection<UUID> escalationIds) {
        return escalationIds.isEmpty() ? List.of() : list("escalationId in ?1", escalationIds);
    }
}
