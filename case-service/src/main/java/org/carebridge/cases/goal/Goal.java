package org.carebridge.cases.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.goal.GoalRequests.GoalChange;
import org.carebridge.cases.goal.GoalRequests.NewGoal;
import org.carebridge.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A goal of the team for the youth in one life domain, owned by one member, due on a date. Its life is its methods:
 * {@link #set} and {@link #change} (which moves it between OPEN, DONE and DROPPED freely); each checks the state it
 * starts from and returns what happened.
 */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public Domain domain;
    /** Free text of the team; null once erased by retention. */
    public String title;
    @Column(name = "owner_username")
    public String ownerUsername;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public GoalStatus status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** A due date further away than this is a typing error, not a plan. */
    static final int MAX_YEARS_AHEAD = 10;

    /**
     * A member sets a goal: refused (409) on a closed case; the due date must be today or later and within
     * {@link #MAX_YEARS_AHEAD} years, the owner a member ({@code onTeam}, asked of the login name) (400 each).
     * The goal is OPEN; the caller persists it.
     */
    public static Set set(CareCase c, NewGoal body, Predicate<String> onTeam, LocalDate today, String by,
                          OffsetDateTime at) {
        c.requireOpen();
        requireNotPast(body.dueDate(), today);
        Goal g = new Goal();
        g.id = UUID.randomUUID();
        g.caseId = c.id;
        g.domain = body.domain();
        g.createdAt = at;
        g.createdBy = by;
        g.apply(body.title(), body.owner(), body.dueDate(), GoalStatus.OPEN, onTeam, today, at);
        return new Set(g);
    }

    /**
     * A member replaces title, owner, due date and status: refused (409) on a closed case; a new due date must be
     * today or later, and the rules of {@link #set} hold for the rest (400).
     */
    public Changed change(CareCase c, GoalChange body, Predicate<String> onTeam, LocalDate today, String by,
                          OffsetDateTime at) {
        c.requireOpen();
        if (!body.dueDate().equals(dueDate)) {
            requireNotPast(body.dueDate(), today); // an overdue goal may keep its date
        }
        GoalStatus before = status;
        apply(body.title(), body.owner(), body.dueDate(), body.status(), onTeam, today, at);
        return new Changed(this, before, by, at);
    }

    private void apply(String newTitle, String owner, LocalDate due, GoalStatus newStatus, Predicate<String> onTeam,
                       LocalDate today, OffsetDateTime at) {
        String ownerLogin = owner.strip().toLowerCase(Locale.ROOT); // Keycloak login names are lowercase
        if (!onTeam.test(ownerLogin)) {
            throw ProblemException.badField("owner", "must be a member of the case");
        }
        if (due.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw ProblemException.badField("dueDate", "must be within " + MAX_YEARS_AHEAD + " years");
        }
        title = newTitle.strip();
        ownerUsername = ownerLogin;
        dueDate = due;
        status = newStatus;
        updatedAt = at;
    }

    private static void requireNotPast(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            throw ProblemException.badField("dueDate", "must be today or later");
        }
    }

    /** Open and past its due date: what the team must look at first. */
    public boolean overdue(LocalDate today) {
        return status == GoalStatus.OPEN && dueDate.isBefore(today);
    }

    /** What setting a goal did: a new OPEN goal, not yet persisted. */
    public record Set(Goal goal) {
    }

    /** What a change did; {@code before} is the status the goal had. */
    public record Changed(Goal goal, GoalStatus before, String by, OffsetDateTime at) {

        public boolean statusChanged() {
            return before != goal.status;
        }
    }
}
