package org.carebridge.cases.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.cases.casefile.Domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A goal of the team for the youth in one life domain, owned by one member, due on a date. */
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

    /** Open and past its due date: what the team must look at first. */
    public boolean overdue(LocalDate today) {
        return status == GoalStatus.OPEN && dueDate.isBefore(today);
    }
}
