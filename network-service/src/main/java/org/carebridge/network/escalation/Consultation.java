package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.carebridge.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A consultation table the owner of an escalation convened: who is invited, when, the agenda, and once it met, its
 * outcome and the decisions taken there. Its two transitions (convene, conclude) live here rather than in
 * Escalation, which only lends them its owner check; like the escalation's, they return a {@link BridgeStep.Taken}.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "escalation_id")
    public UUID escalationId;
    @Column(name = "meets_at")
    public OffsetDateTime meetsAt;
    public String agenda;
    /** usernames of case team members */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> members;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> organisations;
    @Column(name = "convened_by")
    public String convenedBy;
    @Column(name = "convened_at")
    public OffsetDateTime convenedAt;
    /** what the table concluded; null until its outcome is recorded (with outcomeBy and outcomeAt) */
    public String outcome;
    @Column(name = "outcome_by")
    public String outcomeBy;
    @Column(name = "outcome_at")
    public OffsetDateTime outcomeAt;
    @ElementCollection
    @CollectionTable(name = "consultation_decision", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    public List<Decision> decisions = new ArrayList<>();

    /** A decision of the table: what is to be done, by whom (a username) and by when. */
    @Embeddable
    public static class Decision {
        public String text;
        public String owner;
        @Column(name = "due_date")
        public LocalDate dueDate;

        protected Decision() { // for JPA
        }

        public Decision(String text, String owner, LocalDate dueDate) {
            this.text = text;
            this.owner = owner;
            this.dueDate = dueDate;
        }
    }

    /** The owner convenes a table on the open escalation {@code e}; the step makes it, and the team is told. */
    public static BridgeStep.Taken convene(Escalation e, BridgeRequests.Consultation request, String by,
                                           OffsetDateTime at) {
        e.requireOwnerWhileOpen(by, "convene a consultation table");
        Consultation c = new Consultation();
        c.id = UUID.randomUUID();
        c.escalationId = e.id;
        c.meetsAt = request.meetsAt();
        c.agenda = request.agenda();
        c.members = List.copyOf(request.members());
        c.organisations = List.copyOf(request.organisations());
        c.convenedBy = by;
        c.convenedAt = at;
        return BridgeStep.Taken.of(e, BridgeStep.Kind.CONSULTATION_CONVENED, by, at).making(c)
                .detail("consultation " + c.id).forTeam(new BridgeStep.ForTeam(null, null, c));
    }

    /**
     * The owner of its open escalation {@code e} records what this table concluded and the decisions taken, once:
     * 409 when recorded already (a table meets once; a new meeting is a new table) or the escalation is closed,
     * 403 for anyone but the owner. The team reads the outcome and the decisions.
     */
    public BridgeStep.Taken conclude(Escalation e, String outcome, List<Decision> decided, String by,
                                     OffsetDateTime at) {
        if (!e.id.equals(escalationId)) {
            throw new IllegalArgumentException("consultation " + id + " is not a table of escalation " + e.id);
        }
        e.requireOwnerWhileOpen(by, "record the outcome of a consultation table");
        if (outcomeAt != null) {
            throw ProblemException.conflict("the outcome of consultation " + id + " was recorded already, by "
                    + outcomeBy + " at " + outcomeAt);
        }
        this.outcome = outcome;
        outcomeBy = by;
        outcomeAt = at;
        decisions.clear();
        decisions.addAll(decided);
        return BridgeStep.Taken.of(e, BridgeStep.Kind.CONSULTATION_OUTCOME, by, at)
                .detail("consultation " + id + ", " + decided.size() + " decision(s)")
                .forTeam(new BridgeStep.ForTeam(null, null, this));
    }

    public static List<Consultation> of(UUID escalationId) {
        return list("escalationId = ?1 order by meetsAt, id", escalationId);
    }

    /** The table {@code id} of escalation {@code escalationId}, if it is one of its tables. */
    public static Optional<Consultation> of(UUID escalationId, UUID id) {
        return find("id = ?1 and escalationId = ?2", id, escalationId).firstResultOptional();
    }
}
