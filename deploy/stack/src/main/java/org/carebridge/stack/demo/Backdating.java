package org.carebridge.stack.demo;

import org.carebridge.stack.Databases;
import org.carebridge.stack.Postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The one step of the demo load that does not go through an API, and only for the demo: the APIs stamp everything
 * "now", yet the statistics bucket a case by the quarter it was opened (case-service's {@code created_at}, sent
 * as the digest's openedOn) and the barrier register by the month an escalation was raised. So, after the API
 * calls of one synthetic case, its opening, escalation and closing times in case-service's own database are moved
 * to the planned past; the loader's next API call on the case then publishes a digest that carries them, and
 * advisory-service counts it where the plan put it. Nothing else is touched: network- and advisory-service keep
 * the load's real times (their inbox and referral pages show when the demo was loaded).
 */
final class Backdating {
    private final String jdbcBase;

    Backdating(String jdbcBase) {
        this.jdbcBase = jdbcBase;
    }

    /** Opening and escalation times of one case; its escalation's ending ones only where it did end. */
    void opened(UUID caseId, DemoPlan.DemoCase plan) {
        try (Connection c = Postgres.connect(jdbcBase, Databases.database("case"))) {
            c.setAutoCommit(false);
            update(c, "update care_case set created_at = ? where id = ? and youth_given_name = '"
                    + DemoPlan.DemoCase.GIVEN_NAME + "'", plan.openedAt(), caseId);
            DemoPlan.Escalation e = plan.escalation();
            if (e != null) {
                OffsetDateTime last = e.endedAt() != null ? e.endedAt() : e.raisedAt();
                update(c, """
                        update escalation set raised_at = ?, status_changed_at = ?,
                            ended_at = case when ended_at is null then null else ? end,
                            withdrawn_at = case when withdrawn_at is null then null else ? end,
                            resolved_at = case when resolved_at is null then null else ? end,
                            ladder_at = case when ladder_at is null then null else ? end
                        where case_id = ?""", e.raisedAt(), last, last, last, last, last, caseId);
            }
            c.commit();
        } catch (SQLException ex) {
            throw new IllegalStateException("backdating demo case " + plan.number() + ": " + ex.getMessage(), ex);
        }
    }

    /** Closing time, after the close call (a closed case takes no further change to carry it in a digest). */
    void closed(UUID caseId, DemoPlan.Closure closure) {
        try (Connection c = Postgres.connect(jdbcBase, Databases.database("case"))) {
            update(c, "update care_case set closed_at = ? where id = ? and closed_at is not null", closure.closedAt(),
                    caseId);
        } catch (SQLException ex) {
            throw new IllegalStateException("backdating the closing of " + caseId + ": " + ex.getMessage(), ex);
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
