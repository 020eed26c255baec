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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.escalation.ladder.EscalationStep;
import org.carebridge.cases.escalation.ladder.LadderStep;
import org.carebridge.cases.escalation.ladder.Tier;
import org.carebridge.cases.privacy.Identifiers;
import org.carebridge.platform.problem.ProblemException;

/**
 * A team asking the bridge for help with one barrier. Its life is its methods: {@link #raise}, {@link #withdraw},
 * {@link #resolveByBridge}, {@link #advised}, {@link #stepTaken}; each checks the state it starts from and returns
 * what happened.
 */
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

    /** Where the escalation stands on the ladder (null: TEAM, no step arrived); read it through {@link #tier}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ladder_tier")
    public Tier ladderTier;
    /** When the step that set {@link #ladderTier} was taken. */
    @Column(name = "ladder_at")
    public OffsetDateTime ladderAt;
    /** The bridge's own status, owner and due date after its last step (an open vocabulary, e.g. CLAIMED). */
    @Column(name = "bridge_status")
    public String bridgeStatus;
    @Column(name = "bridge_owner")
    public String bridgeOwner;
    @Column(name = "bridge_due_date")
    public LocalDate bridgeDueDate;
    @Column(name = "advisory_owner")
    public String advisoryOwner;
    @Column(name = "advisory_due_date")
    public LocalDate advisoryDueDate;

    /**
     * A team asks the bridge for help: refused (409) on a closed case and while the case has an open escalation
     * ({@code openOne}, found under the case's lock); its free text must not name the youth, for it leaves on Kafka.
     * The case becomes ESCALATED. The caller persists the new escalation.
     */
    public static Raised raise(CareCase c, Optional<Escalation> openOne, NewEscalation body, String by,
                               OffsetDateTime at) {
        c.requireOpen();
        if (openOne.isPresent()) {
            throw ProblemException.conflict("this case already has an open escalation");
        }
        Identifiers.of(c).refuseIn("whatWasTried", body.whatWasTried());
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.caseId = c.id;
        e.barrier = body.barrier();
        e.urgency = body.urgency();
        e.whatWasTried = body.whatWasTried().strip();
        e.triedMeasures = EnumSet.copyOf(body.triedMeasures());
        e.status = EscalationStatus.RAISED;
        e.raisedBy = by;
        e.raisedAt = at;
        e.statusChangedAt = at;
        c.escalate();
        return new Raised(e, c);
    }

    /** The team unblocked itself; refused (409) unless the escalation is open. */
    public Withdrawn withdraw(CareCase c, String by, OffsetDateTime at) {
        if (!isOpen()) {
            throw ProblemException.conflict("the escalation is " + status + "; only an open one can be withdrawn");
        }
        withdrawnBy = by;
        withdrawnAt = at;
        end(EndedBy.TEAM, at);
        boolean reopened = close(EscalationStatus.WITHDRAWN, c, at);
        return new Withdrawn(this, c, reopened);
    }

    /**
     * The bridge's answer (network.escalation-resolved.v1). The first one counts: a second is not applied (empty).
     * A team that withdrew meanwhile keeps its WITHDRAWN; the bridge's advice is still shown to it.
     */
    public Optional<Resolved> resolveByBridge(CareCase c, ResolutionOutcome outcome, String advice, String by,
                                              OffsetDateTime resolvedAt, OffsetDateTime now) {
        if (this.resolvedAt != null) {
            return Optional.empty();
        }
        resolutionOutcome = outcome;
        resolutionAdvice = advice.strip();
        resolvedBy = by;
        this.resolvedAt = resolvedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        end(EndedBy.BRIDGE, this.resolvedAt);
        boolean reopened = isOpen() && close(EscalationStatus.RESOLVED, c, now);
        return Optional.of(new Resolved(this, c, now, reopened));
    }

    /**
     * Advice from the advisory group (advisory.advice-given.v1): a RAISED escalation becomes ADVISED (the bridge
     * still owns it); later advice, or advice after the escalation closed, changes no status but is still shown.
     */
    public Advised advised(UUID adviceId, String givenBy, String advice, OffsetDateTime at) {
        boolean nowAdvised = status == EscalationStatus.RAISED;
        if (nowAdvised) {
            status = EscalationStatus.ADVISED;
            statusChangedAt = at;
        }
        end(EndedBy.ADVISORY, at);
        climb(Tier.BRIDGE, at); // the advice went to the bridge, which resolves the escalation with it
        return new Advised(this, adviceId, givenBy, advice, at, nowAdvised);
    }

    /**
     * A step of the bridge or of the advisory group (network.escalation-step.v1, advisory.referral-step.v1), taken
     * in any state: a step is news for the team even after it withdrew. Each tier's steps arrive in order (one topic,
     * keyed by the escalation), so the tier's owner and due date are the last step's; the two tiers' topics have no
     * order between them, so the ladder moves only for a step not older than the one that set it, and never back
     * from DONE. Returns the step's row (not yet persisted) and the tier before.
     */
    public StepTaken stepTaken(LadderStep step, OffsetDateTime receivedAt) {
        Tier before = tier();
        if (step.tier() == Tier.BRIDGE) {
            bridgeStatus = step.bridgeStatus();
            bridgeOwner = step.owner();
            bridgeDueDate = step.dueDate();
        } else {
            advisoryOwner = step.owner();
            advisoryDueDate = step.dueDate();
        }
        climb(step.reaches(), step.at());
        return new StepTaken(this, EscalationStep.made(id, step, receivedAt), before);
    }

    /** TEAM until a step arrived, DONE once the escalation is closed here or at the bridge. */
    public Tier tier() {
        if (!isOpen()) {
            return Tier.DONE;
        }
        return ladderTier == null ? Tier.TEAM : ladderTier;
    }

    public boolean isOpen() {
        return EscalationStatus.OPEN.contains(status);
    }

    /** The escalation closes, and with it the case's escalated state: the one place where that is written. */
    private boolean close(EscalationStatus closed, CareCase c, OffsetDateTime at) {
        status = closed;
        statusChangedAt = at;
        return c.escalationEnded();
    }

    private void climb(Tier to, OffsetDateTime at) {
        if (ladderTier != Tier.DONE && (ladderAt == null || !at.isBefore(ladderAt))) {
            ladderTier = to;
            ladderAt = at;
        }
    }

    /** Records the first action that ended the escalation; later ones (a resolution after advice) keep it. */
    private void end(EndedBy by, OffsetDateTime at) {
        if (endedAt == null) {
            endedAt = at;
            endedBy = by;
        }
    }

    /** What raising did: a new escalation (not yet persisted) and the case, now ESCALATED. */
    public record Raised(Escalation escalation, CareCase careCase) {
    }

    /** What a withdrawal did; {@code caseReopened} when the case went back from ESCALATED to OPEN. */
    public record Withdrawn(Escalation escalation, CareCase careCase, boolean caseReopened) {
    }

    /**
     * What the bridge's resolution did, taken in {@code at}; {@code caseReopened} when it closed an open escalation
     * of an escalated case.
     */
    public record Resolved(Escalation escalation, CareCase careCase, OffsetDateTime at, boolean caseReopened) {
    }

    /** What a step did: its row, to be kept, and the tier the escalation stood at before it. */
    public record StepTaken(Escalation escalation, EscalationStep step, Tier before) {
    }

    /**
     * What advice did, taken in {@code at} (the advice itself is not kept on the escalation, only in the timeline);
     * {@code nowAdvised} when it moved the escalation from RAISED to ADVISED.
     */
    public record Advised(Escalation escalation, UUID adviceId, String givenBy, String advice, OffsetDateTime at,
                          boolean nowAdvised) {
    }
}
