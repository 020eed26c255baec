package org.carebridge.cases.closure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.closure.CaseErasureEvents.CaseDigestErasedV1;
import org.carebridge.cases.closure.CaseErasureEvents.CaseErasedV1;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.goal.Goal;
import org.carebridge.cases.journal.NoteKind;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.cases.team.TeamAllowance;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineEntry;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;

/**
 * Erases a case's personal data: the youth's name, birth date, languages and legal situation, the journal's text,
 * the goals' titles, what the team wrote for the bridge when escalating, the advice that came back, the reasons of
 * network-admins' team allowances, and the relayed copies of the case's events in the outbox. What remains is
 * structure without a person: region, intensity, domains, status and outcome, dates, the team, goal domains and
 * dates, and the kinds of the timeline's entries. The erasure is announced in the same transaction (case.erased.v1 and
 * case.digest-erased.v1), so that the bridge and the advisory group erase their copies of the case's text.
 */
@ApplicationScoped
public class PersonalData {

    static final String ERASED = "[erased]";

    private final AuditTrail audit;
    private final Timeline timeline;
    private final Event<CaseChanged> changed;
    private final Outbox outbox;
    private final Pseudonyms pseudonyms;

    public PersonalData(AuditTrail audit, Timeline timeline, Event<CaseChanged> changed, Outbox outbox,
                        Pseudonyms pseudonyms) {
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
        this.timeline = timeline;
        this.changed = changed;
    }

    /** Erases once: a case already erased is left as it is (the job and a request may meet). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erase(CareCase c, OffsetDateTime now, String actor, String why) {
        if (c.erasedAt != null) {
            return false;
        }
        c.youthGivenName = null;
        c.youthFamilyName = null;
        c.dateOfBirth = null;
        c.languages = new HashSet<>();
        c.unaccompaniedMinor = null;
        c.residenceStatus = null;
        c.erasedAt = now;
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
        timeline.append(c.id, now, TimelineKind.PERSONAL_DATA_ERASED, actor, "Personal data erased: " + why, null);
        audit.record(CaseFileAudit.PERSONAL_DATA_ERASED, CaseAudit.CASE, c.id, c.id, why);
        // the other services hold free text of this case too: they erase theirs when these commit with ours
        String caseId = c.id.toString();
        outbox.forgetPublished(List.of(caseId)); // relayed copies of its events carry what was tried, roles
        outbox.publish(new CaseErasedV1(c.id, c.region, now));
        outbox.publish(new CaseDigestErasedV1(pseudonyms.of(c.id), now));
        changed.fire(new CaseChanged(c.id));
        return true;
    }
}
