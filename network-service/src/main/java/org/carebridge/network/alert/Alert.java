package org.carebridge.network.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * An alert case-service raised on a case of the region; the id is case-service's alertId. The fields from the
 * event are set once on receipt; a coordinator changes the rest only through {@link #acknowledge} and
 * {@link #assign}, which check where the alert stands and return what happened.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String region;
    public String pseudonym;
    @Column(name = "age_band")
    public AgeBand ageBand;
    /** As case-service names it: an open set, stored and shown as it comes (a tolerant reader). */
    public String kind;
    public String cause;
    @Column(name = "lead_username")
    public String leadUsername;
    /** "yyyy-MM", the month of the 18th birthday; never the day. */
    @Column(name = "turns18_in")
    public String turns18In;
    @Column(name = "overdue_days")
    public Integer overdueDays;
    @Column(name = "inactive_days")
    public Integer inactiveDays;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;
    public String assignee;
    @Column(name = "assigned_by")
    public String assignedBy;
    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    /**
     * {@code by} has taken note of the alert. Empty when they had already (a retried request); 409 when a colleague
     * had, so the first acknowledgement stands and nobody believes they were first.
     */
    public Optional<AlertStep> acknowledge(String by, OffsetDateTime at) {
        if (acknowledgedBy != null) {
            if (acknowledgedBy.equals(by)) {
                return Optional.empty();
            }
            throw ProblemException.conflict("alert already acknowledged by " + acknowledgedBy);
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
        return Optional.of(new AlertStep(AlertStep.Kind.ACKNOWLEDGED, id, caseId, by, at, "acknowledged"));
    }

    /**
     * {@code by} gives the alert to {@code to} to follow up, who must coordinate its region as
     * {@code coordinatorOfRegion} says (else 400 on {@code assignee}); it may be given on to another coordinator
     * later. Empty when {@code to} has it already (a retried request).
     */
    public Optional<AlertStep> assign(String to, String by, Predicate<String> coordinatorOfRegion, OffsetDateTime at) {
        if (to.equals(assignee)) {
            return Optional.empty();
        }
        if (!coordinatorOfRegion.test(to)) {
            throw ProblemException.badField("assignee", "must be an enabled bridge coordinator of region " + region);
        }
        String from = assignee;
        assignee = to;
        assignedBy = by;
        assignedAt = at;
        return Optional.of(new AlertStep(AlertStep.Kind.ASSIGNED, id, caseId, by, at,
                "from " + (from == null ? "nobody" : from) + " to " + to));
    }
}
