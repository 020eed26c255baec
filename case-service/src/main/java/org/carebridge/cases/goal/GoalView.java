package org.carebridge.cases.goal;

import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.casefile.ConsentPurpose;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A goal as a member sees it: its title is free text about the youth, shown only with JOURNAL consent (else null,
 * and {@code restricted: ["JOURNAL"]}).
 */
public record GoalView(UUID id, Domain domain, String title, String owner, LocalDate dueDate, GoalStatus status,
                       boolean overdue, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
                       List<ConsentPurpose> restricted) {

    static GoalView of(Goal g, LocalDate today, boolean journal) {
        return new GoalView(g.id, g.domain, journal ? g.title : null, g.ownerUsername, g.dueDate, g.status,
                g.overdue(today), g.createdAt, g.createdBy, g.updatedAt,
                journal ? List.of() : List.of(ConsentPurpose.JOURNAL));
    }
}
