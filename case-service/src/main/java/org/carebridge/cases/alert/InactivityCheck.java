package org.carebridge.cases.alert;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * INACTIVITY: nothing happened on the case (alerts aside) for {@code carebridge.alerts.inactivity-days}, counted in
 * local days; once per quiet spell (the cause is the day of the last activity). Carries inactiveDays.
 */
@Singleton
public class InactivityCheck extends AbstractAlertCheck {

    private final int days;

    public InactivityCheck(CheckQueries queries,
                           @ConfigProperty(name = "carebridge.alerts.inactivity-days", defaultValue = "30") int days) {
        super("INACTIVITY", queries);
        this.days = days;
    }

    @Override
    public CheckPage find(UUID after) {
        List<Object[]> rows = queries.page("""
                select q.id, q.last_day from (
                    select c.id, (l.last_at at time zone ?3)::date as last_day
                    from care_case c
                    cross join lateral (select max(t.at) as last_at from timeline_entry t
                                        where t.case_id = c.id and t.kind <> 'ALERT_RAISED') l
                    where c.status <> 'CLOSED' and c.id > ?1 and l.last_at < ?4
                ) q
                where not exists (select 1 from case_alert a
                                  where a.case_id = q.id and a.cause = 'inactivity:' || to_char(q.last_day, 'YYYY-MM-DD'))
                order by q.id limit ?2""", after, queries.zone(), queries.daysAgo(days));
        return CheckPage.of(rows, rows.stream().map(r -> {
            LocalDate lastDay = CheckQueries.localDate(r[1]);
            int inactiveDays = queries.daysSince(lastDay);
            return new AlertCandidate((UUID) r[0], "inactivity:" + lastDay,
                    "Alert: no activity on the case for " + inactiveDays + " days", Map.of("inactiveDays", inactiveDays));
        }).toList());
    }
}
