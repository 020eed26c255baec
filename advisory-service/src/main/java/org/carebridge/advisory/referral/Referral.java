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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A stuck case as the advisory group may know it: a pseudonymised digest and the bridge's question.
 * The id is network-service's referralId, so a re-sent referral can never be stored twice.
 * It owns its transitions (received, owner set, taken up and decided in a session, reminded, climbed, advised,
 * closed, free text blanked): their fields can only change through the methods below, which check the state and
 * return what happened for the recorder ({@link ReferralStep}, or {@link Advised} for the advice).
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
    /** the advisory session that took its final decision, if any: off the agenda from then on */
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
    private String owner; // the advisory member who answers for it; null until one is set
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;
    @Column(name = "climbed_at")
    private OffsetDateTime climbedAt;
    /** the chair it climbed to (null: no chair configured for the region, the whole group) */
    @Column(name = "climbed_to")
    private String climbedTo;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "close_reason")
    private String closeReason;
    /** every decision of a session on it, oldest first */
    @ElementCollection
    @CollectionTable(name = "referral_decision", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<ReferralDecision> decisions = new ArrayList<>();

    /**
     * The referral as the bridge sent it, OPEN: the digest field by field, so only what the record declares can
     * be stored. The bridge scrubs the youth's birth date; a date that slipped through (any full date) stops here.
     * It is due {@code dueDate} (by its urgency, the service's settings say).
     */
    public static Referral received(ReferredToAdvisoryV1 data, OffsetDateTime at, LocalDate dueDate) {
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
        r.dueDate = dueDate;
        return r;
    }

    /** OPEN: an advisory member of the region (the service checks that) answers for it from now on. */
    public ReferralStep assignOwner(String newOwner, String actor, OffsetDateTime at) {
        requireOpen("given an owner");
        if (newOwner.equals(owner)) {
            throw ProblemException.conflict(newOwner + " already owns referral " + id);
        }
        owner = newOwner;
        return ReferralStep.of(this, ReferralStep.Kind.OWNER_SET, actor, at, "owner " + newOwner);
    }

    /** OPEN and without a final decision: put on the agenda of a session. */
    public ReferralStep takenUp(UUID sessionId, String actor, OffsetDateTime at) {
        requireOpen("taken up");
        if (handledInSession != null) {
            throw ProblemException.conflict("referral " + id + " already has a final decision");
        }
        return new ReferralStep(this, ReferralStep.Kind.TAKEN_UP, actor, at, sessionId, null, null,
                "session " + sessionId);
    }

    /**
     * A session's decision, in any status but CLOSED (a session may meet after the advice was given). A decision
     * that is not final names who follows it up by when (400 otherwise) and leaves the referral on the next
     * agenda; the first final one takes it off.
     */
    public ReferralStep decide(UUID sessionId, ReferralStep.Decision d, String actor, OffsetDateTime at) {
        if (status == ReferralStatus.CLOSED) {
            throw ProblemException.conflict("referral " + id + " is closed");
        }
        if (!d.isFinal() && (d.owner() == null || d.dueDate() == null)) {
            throw ProblemException.badField(d.owner() == null ? "owner" : "dueDate",
                    "is required for a decision that is not final");
        }
        LocalDate today = at.toLocalDate();
        if (d.dueDate() != null && (d.dueDate().isBefore(today) || d.dueDate().isAfter(today.plusYears(1)))) {
            throw ProblemException.badField("dueDate", "must be between today and a year from today");
        }
        if (d.isFinal() && handledInSession == null) {
            handledInSession = sessionId;
        }
        decisions.add(new ReferralDecision(sessionId, d, actor, at));
        return new ReferralStep(this, ReferralStep.Kind.DECISION, actor, at, sessionId, d, null,
                "session " + sessionId + (d.isFinal() ? ", final" : ", not final"));
    }

    /** OPEN, once: its due date is near or passed and its owner (or the group) is reminded. */
    public ReferralStep remind(OffsetDateTime at) {
        requireOpen("reminded");
        if (remindedAt != null) {
            throw ProblemException.conflict("referral " + id + " was already reminded");
        }
        remindedAt = at;
        return ReferralStep.of(this, ReferralStep.Kind.REMINDED, ReferralStep.SYSTEM, at, "due " + dueDate);
    }

    /** OPEN, past its due date, once: climbs to the region's chair ({@code chair} null: the whole group). */
    public ReferralStep climb(String chair, OffsetDateTime at) {
        requireOpen("climbed");
        if (climbedAt != null || !dueDate.isBefore(at.toLocalDate())) {
            throw ProblemException.conflict("referral " + id + " is not overdue or already climbed");
        }
        climbedAt = at;
        climbedTo = chair;
        return ReferralStep.of(this, ReferralStep.Kind.CLIMBED, ReferralStep.SYSTEM, at,
                "due " + dueDate + ", to " + (chair == null ? "the region's group" : chair));
    }

    /** OPEN -> CLOSED without advice; the reason (required, 400 otherwise) goes to the case team. */
    public ReferralStep close(String reason, String actor, OffsetDateTime at) {
        requireOpen("closed");
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badField("reason", "must not be blank");
        }
        status = ReferralStatus.CLOSED;
        closedAt = at;
        closedBy = actor;
        closeReason = reason.strip();
        return new ReferralStep(this, ReferralStep.Kind.CLOSED, actor, at, null, null, closeReason, null);
    }

    private void requireOpen(String what) {
        if (status != ReferralStatus.OPEN) {
            throw ProblemException.conflict("referral " + id + " is " + status + " and cannot be " + what);
        }
    }

    /**
     * OPEN -> ADVISED. One advice per referral: it is published to the bridge and the case team as a fact, so a
     * second one is refused (409) instead of silently replacing what they already read, and so is advice on a
     * referral closed without it.
     *
     * @return the advice given, for the service to keep and the recorder to audit and publish
     */
    public Advised advise(String advice, String givenBy, OffsetDateTime at) {
        if (status != ReferralStatus.OPEN) {
            throw ProblemException.conflict("referral is already " + status + "; advice cannot be given twice");
        }
        status = ReferralStatus.ADVISED;
        return new Advised(this, UUID.randomUUID(), advice, givenBy, at);
    }

    /**
     * The advisory group's advice on a referral, as {@link #advise} gave it. It is no {@link ReferralStep}: the
     * bridge and the case team read it as {@code advisory.advice-given.v1}, a fact of its own, not as a step.
     */
    public record Advised(Referral referral, UUID adviceId, String advice, String givenBy, OffsetDateTime givenAt) {
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
        decisions.forEach(d -> d.text = ERASED);
        closeReason = closeReason == null ? null : ERASED;
        erasedAt = at;
        return true;
    }

    public String question() {
        return question;
    }

    public ReferralStatus status() {
        return status;
    }

    public UUID handledInSession() {
        return handledInSession;
    }

    public OffsetDateTime erasedAt() {
        return erasedAt;
    }

    /** The free texts its steps carried to the case team (decisions, the closure's reason), for the erasure. */
    public List<String> stepTexts() {
        return Stream.concat(decisions.stream().map(d -> d.text), Stream.ofNullable(closeReason))
                .filter(text -> !ERASED.equals(text)).toList();
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public OffsetDateTime remindedAt() {
        return remindedAt;
    }

    public String climbedTo() {
        return climbedTo;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String closeReason() {
        return closeReason;
    }

    public List<ReferralDecision> decisions() {
        return List.copyOf(decisions);
    }
}
