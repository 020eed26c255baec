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
import org.carebridge.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A case team's call for help as the bridge holds it. The id is case-service's escalationId, so the same
 * escalation can never be stored twice, whatever Kafka redelivers.
 * <p>
 * It owns its transitions: each method below checks where the escalation stands (409 when it may not move, 403
 * when only its owner may) and returns what happened (a {@link BridgeStep.Taken} for a step); the services load it
 * and hand that to the Recorder, which keeps the step, audits, publishes and notifies. Its consultation tables'
 * transitions are {@link Consultation}'s, those that keep it from being forgotten (re-notify, climb, reassign)
 * {@link BridgePersistence}'s. Read the fields freely; change them only through these methods.
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

    /** NEW: received from case-service, due by its urgency, its region notified now. */
    public static Escalation received(CaseEscalatedV1 data, OffsetDateTime at, LocalDate dueDate) {
        Escalation e = new Escalation();
        e.id = data.escalationId();
        e.caseId = data.caseId();
        e.region = data.region();
        e.pseudonym = data.pseudonym();
        e.ageBand = data.ageBand();
        e.domains = data.domains().stream().map(Enum::name).toList();
        e.intensity = data.intensity();
        e.barrier = data.barrier();
        e.urgency = data.urgency();
        e.whatWasTried = data.whatWasTried();
        e.triedMeasures = data.triedMeasures().stream().map(Enum::name).toList();
        e.raisedBy = data.raisedBy();
        e.raisedAt = data.raisedAt();
        e.status = EscalationStatus.NEW;
        e.receivedAt = at;
        e.lastNotifiedAt = at;
        e.dueDate = dueDate;
        return e;
    }

    public boolean ownedBy(String username) {
        return owner != null && owner.equals(username);
    }

    /**
     * NEW to CLAIMED, owned by {@code by}. Empty when {@code by} owns it already: a retried request changes
     * nothing. 409 in every other case.
     */
    public Optional<BridgeStep.Taken> claim(String by, OffsetDateTime at) {
        if (status == EscalationStatus.CLAIMED && ownedBy(by)) {
            return Optional.empty();
        }
        if (status != EscalationStatus.NEW) {
            throw ProblemException.conflict("escalation is " + status
                    + (owner == null ? "" : ", owned by " + owner) + "; only a NEW escalation can be claimed");
        }
        status = EscalationStatus.CLAIMED;
        owner = by;
        claimedAt = at;
        return Optional.of(BridgeStep.Taken.of(this, BridgeStep.Kind.CLAIMED, by, at));
    }

    /**
     * Any coordinator of the region may note (colleagues share what they know) while it is open; makes the note.
     * It stays in the bridge unless its author marked it {@code forTeam}: then the case team reads it.
     */
    public BridgeStep.Taken note(String text, boolean forTeam, String by, OffsetDateTime at) {
        requireOpen();
        EscalationNote note = EscalationNote.written(id, text, forTeam, by, at);
        return BridgeStep.Taken.of(this, BridgeStep.Kind.NOTE_ADDED, by, at).making(note).detail("note " + note.id)
                .forTeam(forTeam ? new BridgeStep.ForTeam(null, text, null) : null);
    }

    /**
     * The owner moves the due date while it is open, within {@code window} (else 400 on {@code dueDate}). Moving it
     * later postpones the climb, so that needs a reason (else 400 on {@code reason}); bringing it forward or keeping
     * it needs none, as a coordinator would expect. A reason given is kept as the owner's note, so erasure blanks it;
     * the case team reads it with the new date.
     */
    public BridgeStep.Taken moveDueDate(LocalDate to, String reason, DueDates.Window window, String by,
                                        OffsetDateTime at) {
        requireOwnerWhileOpen(by, "set its due date");
        window.check(to);
        boolean said = reason != null && !reason.isBlank();
        if (to.isAfter(dueDate) && !said) {
            throw ProblemException.badField("reason", "say why the due date moves later than " + dueDate);
        }
        LocalDate from = dueDate;
        dueDate = to;
        BridgeStep.Taken step = BridgeStep.Taken.of(this, BridgeStep.Kind.DUE_DATE_SET, by, at);
        if (!said) {
            return step.detail("due " + to + " (was " + from + ")");
        }
        EscalationNote note = EscalationNote.written(id, reason, true, by, at);
        step = step.forTeam(new BridgeStep.ForTeam(reason, null, null));
        return step.making(note).detail("due " + to + " (was " + from + "), reason in note " + note.id);
    }

    /**
     * Only its owner refers it upward, and only while CLAIMED: once referred, it stays referred. The referral
     * feature adds the row and the digest it makes to the step.
     */
    public BridgeStep.Taken refer(String by, OffsetDateTime at) {
        if (status == EscalationStatus.NEW) {
            throw ProblemException.conflict("escalation is NEW; claim it before referring it");
        }
        if (status != EscalationStatus.CLAIMED) {
            throw ProblemException.conflict("escalation is already " + status);
        }
        requireOwner(by, "refer it");
        status = EscalationStatus.REFERRED;
        return BridgeStep.Taken.of(this, BridgeStep.Kind.REFERRED, by, at);
    }

    /**
     * The advisory group's advice arrived: REFERRED to ADVISED. When the bridge resolved it (or the team withdrew
     * it) meanwhile, the advice is kept and the ending stands. The team has the advice from the advisory group
     * itself, so the step stays in the bridge.
     */
    public BridgeStep.Taken advised(String by, OffsetDateTime at) {
        if (status == EscalationStatus.REFERRED) {
            status = EscalationStatus.ADVISED;
        }
        return BridgeStep.Taken.of(this, BridgeStep.Kind.ADVISED, by, at).forTeam(null);
    }

    /**
     * Its owner closes it while open (claimed, referred or advised), once; the advice is already scrubbed, and
     * {@code adviceRemoved} names what was taken out. The step sends network.escalation-resolved.v1, which is how
     * the team hears of it (no step event besides).
     */
    public BridgeStep.Taken resolve(Outcome outcome, String advice, List<String> adviceRemoved, String by,
                                        OffsetDateTime at) {
        requireOwnerWhileOpen(by, "resolve it");
        status = EscalationStatus.RESOLVED;
        this.outcome = outcome;
        resolutionAdvice = advice;
        resolutionAdviceRemoved = List.copyOf(adviceRemoved);
        resolvedBy = by;
        resolvedAt = at;
        return BridgeStep.Taken.of(this, BridgeStep.Kind.RESOLVED, by, at).forTeam(null)
                .sending(new EscalationResolvedV1(id, caseId, region, outcome, advice, by, at));
    }

    /**
     * The team unblocked itself. Recorded once: empty for a repeat. An open escalation becomes WITHDRAWN; a resolved
     * one keeps its ending and only records the withdrawal. The team took this step, so nothing goes back to it.
     */
    public Optional<BridgeStep.Taken> withdrawn(String by, OffsetDateTime at) {
        if (withdrawnAt != null) {
            return Optional.empty();
        }
        withdrawnBy = by;
        withdrawnAt = at;
        if (status.open()) {
            status = EscalationStatus.WITHDRAWN;
        }
        return Optional.of(BridgeStep.Taken.of(this, BridgeStep.Kind.WITHDRAWN, by, at).forTeam(null));
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

    void requireOpen() {
        if (!status.open()) {
            throw ProblemException.conflict("escalation is already " + status);
        }
    }

    /** 409 while NEW (claim it first) or closed, 403 when a colleague of the same region owns it. */
    void requireOwnerWhileOpen(String by, String action) {
        if (status == EscalationStatus.NEW) {
            throw ProblemException.conflict("escalation is NEW; claim it before you " + action);
        }
        requireOpen();
        requireOwner(by, action);
    }

    private void requireOwner(String by, String action) {
        if (!ownedBy(by)) {
            throw ProblemException.forbidden("only the owner of the escalation (" + owner + ") may " + action);
        }
    }
}
