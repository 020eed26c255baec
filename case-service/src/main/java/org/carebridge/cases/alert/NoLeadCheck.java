package org.carebridge.cases.alert;

import jakarta.inject.Singleton;
import org.carebridge.cases.casefile.CareCase;

import java.util.List;
import java.util.UUID;

/**
 * NO_LEAD: the lead is missing or no longer on the team. The cause is the moment the case lost its lead (its latest
 * lead change or member removal, else its opening), so a case that gets a lead and loses it again alerts again.
 */
@Singleton
public class NoLeadCheck extends AbstractAlertCheck {

    public NoLeadCheck(CheckQueries queries) {
        super("NO_LEAD", queries);
    }

    @Override
    public CheckPage find(UUID after) {
        List<Object[]> rows = queries.page("""
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
        return CheckPage.of(rows, rows.stream().map(r -> AlertCandidate.of((UUID) r[0], (String) r[1],
                "Alert: the case has no lead on its team")).toList());
    }

    /** The lead the case names is not on its team, or there is none: the event names nobody. */
    @Override
    public String lead(CareCase c) {
        return null;
    }
}
