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
import org.carebridge.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stuck case as the advisory group may know it: a pseudonymised digest and the bridge's question.
 * The id is network-service's referralId, so a re-sent referral can never be stored twice.
 * It owns its transitions (received, advised, handled in a session, free text blanked): their fields can only
 * change through the methods below, which check the state and say what happened.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    /** as case-service's PersonalData.ERASED */
    public static final String ERASED = "[erased]";
    static final int QUESTION_MAX = 2000; // referral.question varchar(2000)

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
    private String question;
    @Column(name = "referred_by")
    public String referredBy;
    @Column(name = "referred_at")
    public OffsetDateTime referredAt;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    /** the advisory session that took a decision on it, if any */
    @Column(name = "handled_in_session")
    private UUID handledInSession;
    /** when its free text was blanked (erasure of the case, or retention); null while it stands */
    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;
    /** the bridge's timeline of attempts, oldest first */
    @ElementCollection
    @CollectionTable(name = "referral_bridge_step", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    public List<BridgeStepEntry> bridgeSteps = new ArrayList<>();

    /**
     * The referral as the bridge sent it, OPEN: the digest field by field, so only what the record declares can
     * be stored. The bridge scrubs the youth's birth date; a date that slipped through (any full date) stops here.
     */
    public static Referral received(ReferredToAdvisoryV1 data, OffsetDateTime at) {
        Referral r = new Referral();
        r.id = data.referralId();
        r.escalationId = data.escalationId();
        r.pseudonym = data.pseudonym();
        r.region = data.region();
        r.ageBand = data.ageBand();
        r.domains = data.domains().stream().map(Enum::name).toList();
        r.intensity = data.intensity();
        r.barrier = data.barrier();
        r.urgency = data.urgency();
        r.triedMeasures = data.triedMeasures().stream().map(Enum::name).toList();
        r.question = BirthDates.scrub(data.question(), QUESTION_MAX);
        r.referredBy = data.referredBy();
        r.referredAt = data.referredAt();
        data.stepsOrNone().forEach(step -> r.bridgeSteps.add(new BridgeStepEntry(step.step(), step.at())));
        r.status = ReferralStatus.OPEN;
        r.receivedAt = at;
        return r;
    }

    /**
     * OPEN -> ADVISED. One advice per referral: it is published to the bridge and the case team as a fact, so a
     * second one is refused (409) instead of silently replacing what they already read.
     *
     * @return the advice given, as the event that tells the bridge and the case team
     */
    public AdviceGivenV1 advise(String advice, String givenBy, OffsetDateTime at) {
        if (status != ReferralStatus.OPEN) {
            throw ProblemException.conflict("referral is already " + status + "; advice cannot be given twice");
        }
        status = ReferralStatus.ADVISED;
        return new AdviceGivenV1(UUID.randomUUID(), id, escalationId, pseudonym, advice, givenBy, at);
    }

    /**
     * Marks the referral as handled by a session's decision; the first session keeps it (a later session may
     * decide on it again without taking it over).
     *
     * @return whether this session is now the one that handled it
     */
    public boolean handledIn(UUID sessionId) {
        if (handledInSession != null) {
            return false;
        }
        handledInSession = sessionId;
        return true;
    }

    /**
     * Blanks the bridge's question, once, in any status (an erasure and the retention job may meet); the
     * structure stays, so statistics and the barrier register keep counting the referral.
     *
     * @return whether it was blanked now (false: it already was)
     */
    public boolean blankFreeText(OffsetDateTime at) {
        if (erasedAt != null) {
            return false;
        }
        question = ERASED;
        erasedAt = at;
        return true;
    }

    public String question() {
        return question;
    }

    public ReferralStatus status() {
        return status;
    }

    /** the advisory session that took a decision on it, if any */
    public UUID handledInSession() {
        return handledInSession;
    }

    /** when its free text was blanked (erasure of the case, or retention); null while it stands */
    public OffsetDateTime erasedAt() {
        return erasedAt;
    }
}
