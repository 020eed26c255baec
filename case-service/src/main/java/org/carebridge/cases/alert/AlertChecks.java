package org.carebridge.cases.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carebridge.cases.handover.Transition18;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The checks behind the automatic alerts, as set-based queries over open cases in pages of {@value #PAGE} by case id.
 * Each finds only causes not raised yet, so a run over a million quiet cases reads indexes and returns nothing.
 */
@ApplicationScoped
public class AlertChecks {

    static final int PAGE = 500;
    /** The age-18 alert looks this far ahead of the 18th birthday. */
    static final Period AGE_18_HORIZON = Transition18.DUE_HORIZON;
    /** Sorts before every case id in PostgreSQL, which compares uuids as unsigned bytes (unlike UUID.compareTo). */
    static final UUID FIRST = new UUID(0, 0);

    private final EntityManager em;
    private final Transition18 transition18;
    private final Clock clock;
    private final ZoneId zone;
    private final int inactivityDays;
    private final int goalOverdueDays;

    public AlertChecks(EntityManager em, Transition18 transition18, Clock clock,
                       @ConfigProperty(name = "carebridge.local-zone") ZoneId zone,
                       @ConfigProperty(name = "carebridge.alerts.inactivity-days") int inactivityDays,
                       @ConfigProperty(name = "carebridge.alerts.goal-overdue-days") int goalOverdueDays) {
        this.em = em;
        this.transition18 = transition18;
        this.clock = clock;
        this.zone = zone;
        this.inactivityDays = inactivityDays;
        this.goalOverdueDays = goalOverdueDays;
    }

    /**
     * The lead is missing or no longer on the team. The cause is the moment the case lost its lead (its latest
     * lead change or member removal, else its opening), so a case that gets a lead and loses it again alerts again.
     */
    @Transactional
    public CheckPage noLead(UUID after) {
        List<Object[]> rows = rows("""
                select q.id, q.cause from (
                    select c.id, 'no-lead:' || to_char(coalesce(
                            (select max(t.at) from timeline_entry t
                             where t.case_id = c.id and t.kind in ('LEAD_CHANGED', 'MEMBER_REMOVED')),
                            c.created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as cause
                    from care_case c
                    where c.status <> 'CLOSED' and c.id > ?1
                      and (c.lead_username is null or not exists (select 1 from case_member m
                           where m.case_id = c.id and m.username = c.lead_username))
                ) q
                where not exists (select 1 from case_alert a where a.case_id = q.id and a.cause = q.cause)
                order by q.id limit ?2""", after);
        return CheckPage.of(rows, rows.stream()
                .map(r -> AlertCandidate.of((UUID) r[0], AlertKind.NO_LEAD, (String) r[1])).toList());
    }

    /** Nothing happened on the case (alerts aside) for the configured number of days, counted in local days. */
    @Transactional
    public CheckPage inactivity(UUID after) {
        LocalDate today = transition18.today();
        List<Object[]> rows = rows("""
                select q.id, q.last_day from (
                    select c.id, (l.last_at at time zone ?3)::date as last_day
                    from care_case c
                    cross join lateral (select max(t.at) as last_at from timeline_entry t
                                        where t.case_id = c.id and t.kind <> 'ALERT_RAISED') l
                    where c.status <> 'CLOSED' and c.id > ?1 and l.last_at < ?4
                ) q
                where not exists (select 1 from case_alert a
                                  where a.case_id = q.id and a.cause = 'inactivity:' || to_char(q.last_day, 'YYYY-MM-DD'))
                order by q.id limit ?2""", after, zone.getId(),
                OffsetDateTime.now(clock).minusDays(inactivityDays));
        return CheckPage.of(rows, rows.stream().map(r -> {
            LocalDate lastDay = localDate(r[1]);
            return new AlertCandidate((UUID) r[0], AlertKind.INACTIVITY, "inactivity:" + lastDay,
                    (int) ChronoUnit.DAYS.between(lastDay, today), null);
        }).toList());
    }

    /** The youth turns 18 within six months and no AGE_18_TRANSITION handover was accepted: once per case. */
    @Transactional
    public CheckPage age18WithoutTransition(UUID after) {
        LocalDate today = transition18.today();
        // a day of margin either side for 29 February; the exact rule is applied below
        List<Object[]> rows = rows("""
                select c.id, c.date_of_birth from care_case c
                where c.status <> 'CLOSED' and c.id > ?1 and c.date_of_birth between ?3 and ?4
                  and not exists (select 1 from handover h where h.case_id = c.id and h.status = 'ACCEPTED'
                                  and h.reason = 'AGE_18_TRANSITION')
                  and not exists (select 1 from case_alert a where a.case_id = c.id and a.cause = 'age-18:' || c.id)
                order by c.id limit ?2""", after, today.minusYears(18).minusDays(1),
                today.plus(AGE_18_HORIZON).minusYears(18).plusDays(1));
        return CheckPage.of(rows, rows.stream()
                .filter(r -> transition18.turns18Within(localDate(r[1]), AGE_18_HORIZON))
                .map(r -> AlertCandidate.of((UUID) r[0], AlertKind.AGE_18_WITHOUT_TRANSITION, "age-18:" + r[0]))
                .toList());
    }

    /**
     * An open goal is overdue by the configured number of local days or more: once per goal, ever. Pages by goal id
     * (not case id), so that a case with many overdue goals is not cut at a page's end.
     */
    @Transactional
    public CheckPage goalOverdue(UUID after) {
        LocalDate today = transition18.today();
        List<Object[]> rows = rows("""
                select g.id, g.case_id, g.due_date from goal g
                join care_case c on c.id = g.case_id
                where g.status = 'OPEN' and g.due_date <= ?3 and g.id > ?1 and c.status <> 'CLOSED'
                  and not exists (select 1 from case_alert a where a.case_id = g.case_id and a.cause = 'goal:' || g.id)
                order by g.id limit ?2""", after, today.minusDays(goalOverdueDays));
        return CheckPage.of(rows, rows.stream().map(r -> new AlertCandidate((UUID) r[1], AlertKind.GOAL_OVERDUE,
                goalCause((UUID) r[0]), null, (int) ChronoUnit.DAYS.between(localDate(r[2]), today))).toList());
    }

    private static final String GOAL_CAUSE = "goal:";

    static String goalCause(UUID goalId) {
        return GOAL_CAUSE + goalId;
    }

    static UUID goalOf(String cause) {
        return UUID.fromString(cause.substring(GOAL_CAUSE.length()));
    }

    /** What one page of a check found; paging goes on after {@code lastId} (the rows' first column) while full. */
    public record CheckPage(List<AlertCandidate> found, UUID lastId, boolean full) {
        static CheckPage of(List<Object[]> rows, List<AlertCandidate> found) {
            UUID last = rows.isEmpty() ? null : (UUID) rows.get(rows.size() - 1)[0];
            return new CheckPage(found, last, rows.size() == PAGE);
        }
    }

    /** Hibernate hands a native date column out as LocalDate, the JDBC driver alone as java.sql.Date. */
    private static LocalDate localDate(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }

    /** @return the page of rows after the given case id; parameter 1 is the id, 2 the page size, 3.. the rest */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID after, Object... more) {
        var query = em.createNativeQuery(sql).setParameter(1, after).setParameter(2, PAGE);
        for (int i = 0; i < more.length; i++) {
            query.setParameter(i + 3, more[i]);
        }
        return query.getResultList();
    }
}
