package org.carebridge.advisory.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.advisory.vocabulary.AgeBand;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Intensity;
import org.carebridge.advisory.vocabulary.Urgency;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stuck case as the advisory group may know it: a pseudonymised digest and the bridge's question.
 * The id is network-service's referralId, so a re-sent referral can never be stored twice.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "escalation_id")
    public UUID escalationId;
    public String pseudonym;
    public String region;
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
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tried_measures")
    public List<String> triedMeasures;
    public String question;
    @Column(name = "referred_by")
    public String referredBy;
    @Column(name = "referred_at")
    public OffsetDateTime referredAt;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    /** the advisory session that took a decision on it, if any */
    @Column(name = "handled_in_session")
    public UUID handledInSession;
    /** when its free text was blanked (erasure of the case, or retention); null while it stands */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    /** the bridge's timeline of attempts, oldest first */
    @ElementCollection
    @CollectionTable(name = "referral_bridge_step", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    public List<BridgeStepEntry> bridgeSteps = new ArrayList<>();
}
