package org.carebridge.cases.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.handover.Transition18;
import org.carebridge.cases.privacy.AgeBands;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.platform.time.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.cases.timeline.TimelineParams;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.outbox.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Raises one alert of any kind in its own transaction, after its check's re-check with the case locked: the alert row
 * (refused by the unique (case, cause) when it exists), the timeline line, the case.alert-raised.v1 event and the
 * audit line, all or nothing.
 */
@ApplicationScoped
public class AlertRaiser {

    static final String AUDIT_RAISED = "ALERT_RAISED";
    /** The timeline's actor for what the service itself records. */
    static final String ACTOR = "case-service";

    private final EntityManager em;
    private final Timeline timeline;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Pseudonyms pseudonyms;
    private final AgeBands ageBands;
    private final Transition18 transition18;
    private final Event<CaseChanged> changed;
    private final Clock clock;

    public AlertRaiser(EntityManager em, Timeline timeline, Outbox outbox, AuditTrail audit, Pseudonyms pseudonyms,
                       AgeBands ageBands, Transition18 transition18, Event<CaseChanged> changed, Clock clock) {
        this.em = em;
        this.timeline = timeline;
        this.outbox = outbox;
        this.audit = audit;
        this.pseudonyms = pseudonyms;
        this.ageBands = ageBands;
        this.transition18 = transition18;
        this.changed = changed;
        this.clock = clock;
    }

    /** @return whether the alert was raised now (false: raised before, no longer due, or the case is gone or closed) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean raise(AlertCheck check, AlertCandidate candidate) {
        CareCase c = CareCase.findById(candidate.caseId(), LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.status == CaseStatus.CLOSED || !check.stillDue(c, candidate)) {
            return false;
        }
        OffsetDateTime now = Clocks.now(clock);
        UUID alertId = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                        insert into case_alert (id, case_id, kind, cause, raised_at) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (case_id, cause) do nothing""")
                .setParameter(1, alertId)
                .setParameter(2, c.id)
                .setParameter(3, check.kind())
                .setParameter(4, candidate.cause())
                .setParameter(5, now)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        timeline.append(c.id, now, TimelineKind.ALERT_RAISED, ACTOR, candidate.summary(),
                TimelineParams.alertRaised(check.kind(), candidate.params()), alertId);
        outbox.publish(new CaseAlertRaisedV1(alertId, c.id, c.region, pseudonyms.of(c.id),
                ageBands.of(c.dateOfBirth), check.kind(), candidate.cause(), check.lead(c),
                transition18.turns18In(c.dateOfBirth), candidate.params(), now));
        audit.record(AUDIT_RAISED, CaseAudit.CASE, c.id, c.id, check.kind());
        changed.fire(new CaseChanged(c.id)); // what the alert is about (an overdue goal, the 18th birthday) is news
        return true;
    }
}
