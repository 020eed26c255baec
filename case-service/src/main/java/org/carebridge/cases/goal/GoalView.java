package org.carebridge.cases.goal;

import org.carebridge.cases.casefile.Domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record GoalView(UUID id, Domain domain, String title, String owner, LocalDate dueDate, GoalStatus status,
                       boolean overdue, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt) {

    static GoalView of(Goal g, LocalDate today) {
        return new GoalView(g.id, g.domain, g.title, g.ownerUsername, g.dueDate, g.status, g.overdue(today),
                g.createdAt, g.createdBy, g.updatedAt);
    }
}
