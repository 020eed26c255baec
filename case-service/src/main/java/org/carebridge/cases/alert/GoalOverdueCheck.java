package org.carebridge.cases.alert;

import jakarta.inject.Singleton;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.goal.Goal;
import org.carebridge.cases.goal.GoalStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GOAL_OVERDUE: an open goal is overdue by {@code carebridge.alerts.goal-overdue-days} local days or more; once per
 * goal, ever. Pages by goal id (not case id), so that a case with many overdue goals is not cut at a page's end.
 * Carries overdueDays.
 */
@Singleton
public class GoalOverdueCheck extends AbstractAlertCheck {

    private static final String CAUSE = "goal:";

    private final int days;

    public GoalOverdueCheck(CheckQueries queries,
                            @ConfigProperty(name = "carebridge.alerts.goal-overdue-days", defaultValue = "7") int days) {
        super("GOAL_OVERDUE", queries);
        this.days = days;
    }

    @Override
    public CheckPage find(UUID after) {
        List<Object[]> rows = queries.page("""
                select g.id, g.case_id, g.due_date from goal g
                join care_case c on c.id = g.case_id
                where g.status = 'OPEN' and g.due_date <= ?3 and g.id > ?1 and c.status <> 'CLOSED'
                  and not exists (select 1 from case_alert a where a.case_id = g.case_id and a.cause = 'goal:' || g.id)
                order by g.id limit ?2""", after, queries.today().minusDays(days));
        return CheckPage.of(rows, rows.stream().map(r -> {
            int overdueDays = queries.daysSince(r[2]);
            return new AlertCandidate((UUID) r[1], CAUSE + r[0], "Alert: a goal is overdue by " + overdueDays + " days",
                    Map.of("overdueDays", overdueDays));
        }).toList());
    }

    /** Not when the goal was done or dropped between the check and now. */
    @Override
    public boolean stillDue(CareCase c, AlertCandidate candidate) {
        Goal g = Goal.findById(UUID.fromString(candidate.cause().substring(CAUSE.length())));
        return g != null && g.status == GoalStatus.OPEN;
    }
}
