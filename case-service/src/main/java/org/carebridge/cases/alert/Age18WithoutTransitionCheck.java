package org.carebridge.cases.alert;

import jakarta.inject.Singleton;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.handover.Handover;
import org.carebridge.cases.handover.Transition18;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** AGE_18_WITHOUT_TRANSITION: the youth turns 18 within six months and no transition handover was accepted; once. */
@Singleton
public class Age18WithoutTransitionCheck extends AbstractAlertCheck {

    /** The age-18 alert looks this far ahead of the 18th birthday. */
    static final Period HORIZON = Transition18.DUE_HORIZON;

    private final Transition18 transition18;

    public Age18WithoutTransitionCheck(CheckQueries queries, Transition18 transition18) {
        super("AGE_18_WITHOUT_TRANSITION", queries);
        this.transition18 = transition18;
    }

    @Override
    public CheckPage find(UUID after) {
        LocalDate today = queries.today();
        // a day of margin either side for 29 February; the exact rule is applied below
        List<Object[]> rows = queries.page("""
                select c.id, c.date_of_birth from care_case c
                where c.status <> 'CLOSED' and c.id > ?1 and c.date_of_birth between ?3 and ?4
                  and not exists (select 1 from handover h where h.case_id = c.id and h.status = 'ACCEPTED'
                                  and h.reason = 'AGE_18_TRANSITION')
                  and not exists (select 1 from case_alert a where a.case_id = c.id and a.cause = 'age-18:' || c.id)
                order by c.id limit ?2""", after, today.minusYears(18).minusDays(1),
                today.plus(HORIZON).minusYears(18).plusDays(1));
        return CheckPage.of(rows, rows.stream()
                .filter(r -> transition18.turns18Within(CheckQueries.localDate(r[1]), HORIZON))
                .map(r -> AlertCandidate.of((UUID) r[0], "age-18:" + r[0],
                        "Alert: the youth turns 18 within 6 months and no transition handover was accepted"))
                .toList());
    }

    /** Not when the transition was accepted between the check and now. */
    @Override
    public boolean stillDue(CareCase c, AlertCandidate candidate) {
        return !Handover.age18TransitionAccepted(c.id);
    }
}
