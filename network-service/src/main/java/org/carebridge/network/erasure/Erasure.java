package org.carebridge.network.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.carebridge.network.erased.ErasedCase;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.roster.CaseRoster;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Applies case-service's erasure of a case: every escalation of it loses its free text ({@link FreeText}), the
 * case's team (usernames, organisations, roles) is dropped from the roster, and the case is remembered as erased
 * so that a late event of it brings nothing back. Once per case, whatever Kafka redelivers.
 */
@ApplicationScoped
public class Erasure {

    static final String ACTION = "PERSONAL_DATA_ERASED";
    private static final Logger LOG = Logger.getLogger(Erasure.class);

    private final FreeText freeText;
    private final AuditTrail audit;
    private final Clock clock;

    public Erasure(FreeText freeText, AuditTrail audit, Clock clock) {
        this.freeText = freeText;
        this.audit = audit;
        this.clock = clock;
    }

    public void caseErased(CaseErasedV1 data, CloudEvent event) {
        if (ErasedCase.isErased(data.caseId())) {
            LOG.infof("case %s already erased, %s %s ignored", data.caseId(), event.type(), event.id());
            return;
        }
        OffsetDateTime now = Clocks.now(clock);
        ErasedCase erased = new ErasedCase();
        erased.caseId = data.caseId();
        erased.region = data.region();
        erased.erasedAt = data.erasedAt();
        erased.receivedAt = now;
        erased.persist();
        List<Escalation> escalations = Escalation.<Escalation>find("caseId", data.caseId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Escalation e : escalations) {
            freeText.blank(e, now);
        }
        CaseRoster roster = CaseRoster.findById(data.caseId(), LockModeType.PESSIMISTIC_WRITE);
        if (roster != null) {
            roster.members.clear();
        }
        audit.record(ACTION, "case", data.caseId(), data.caseId(), "erased in case-service at " + data.erasedAt()
                + " (event " + event.id() + "): free text of " + escalations.size() + " escalation(s) blanked"
                + (roster == null ? "" : ", team removed"));
    }
}
