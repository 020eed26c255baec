package org.carebridge.cases.closure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.escalation.ladder.EscalationStep;
import org.carebridge.cases.goal.Goal;
import org.carebridge.cases.journal.NoteKind;
import org.carebridge.cases.team.TeamAllowance;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineEntry;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Erases a case's personal data: the youth's name, birth date, languages and legal situation, the journal's text,
 * the goals' titles, what the team wrote for the bridge when escalating, the advice that came back, the free text of
 * the steps above the team (notes, reasons, consultation outcomes, decisions), the reasons of
 * network-admins' team allowances, and the relayed copies of the case's events in the outbox. What remains is
 * structure without a person: region, intensity, domains, status and outcome, dates, the team, goal domains and
 * dates, and the kinds of the timeline's entries. The erasure is announced in the same transaction (case.erased.v1 and
 * case.digest-erased.v1, written by the recorder), so that the bridge and the advisory group erase their copies of
 * the case's text when ours commits.
 */
@ApplicationScoped
public class PersonalData {

    static final String ERASED = "[erased]";

    private final Outbox outbox;
    private final Event<Object> happened;
    private final Timeline timeline;

    public PersonalData(Outbox outbox, Event<Object> happened, Timeline timeline) {
        this.outbox = outbox;
        this.happened = happened;
        this.timeline = timeline;
    }

    /** Erases once: a case already erased is left as it is (the job and a request may meet). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erase(CareCase c, OffsetDateTime now, String actor, String why) {
        Optional<CareCase.Erased> erased = c.erasePersonalData(actor, why, now);
        if (erased.isEmpty()) {
            return false;
        }
        TimelineEntry.update("summary = ?1 where caseId = ?2 and kind in ?3", ERASED, c.id,
                NoteKind.timelineKinds());
        Goal.update("title = null where caseId = ?1", c.id);
        // what the team wrote for the bridge, and the advice that came back about the youth's situation, are free
        // text about the youth like the journal (network- and advisory-service blank their copies alike)
        Escalation.update("whatWasTried = ?1 where caseId = ?2", ERASED, c.id);
        Escalation.update("resolutionAdvice = ?1 where caseId = ?2 and resolutionAdvice is not null", ERASED, c.id);
        // a network-admin's why for letting a worker of another region join may tell of the youth's situation too
        TeamAllowance.update("reason = ?1 where caseId = ?2", ERASED, c.id);
        TimelineEntry.update("summary = ?1 where caseId = ?2 and kind in ?3", ERASED, c.id,
                List.of(TimelineKind.ADVICE_RECEIVED, TimelineKind.ESCALATION_RESOLVED));
        // the same free text in the lines' params, and what the bridge and the advisory group wrote in their steps
        List<TimelineKind> withText = new ArrayList<>(NoteKind.timelineKinds());
        withText.addAll(List.of(TimelineKind.ADVICE_RECEIVED, TimelineKind.ESCALATION_RESOLVED,
                TimelineKind.ESCALATION_STEP));
        timeline.eraseFreeText(c.id, withText, ERASED);
        EscalationStep.eraseFreeText(c.id, ERASED);
        // relayed copies of its events carry what was tried, roles; the recorder then announces the erasure
        outbox.forgetPublished(List.of(c.id.toString()));
        happened.fire(erased.get());
        return true;
    }
}
