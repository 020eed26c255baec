package org.carebridge.network.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.EscalationStatus;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.retention.RetentionRule;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Retention in the bridge: the free text of an escalation that ended (resolved, or withdrawn by the team) is blanked
 * {@code carebridge.retention.period} after it ended, as {@link FreeText} does for an erased case. Platform's
 * {@code RetentionJob} runs it; case-service's retention erases the case itself.
 */
@ApplicationScoped
public class EscalationRetention implements RetentionRule<Escalation> {

    private final FreeText freeText;
    private final AuditTrail audit;

    public EscalationRetention(FreeText freeText, AuditTrail audit) {
        this.freeText = freeText;
        this.audit = audit;
    }

    @Override
    public TypedQuery<Escalation> due(OffsetDateTime cutoff) {
        return Escalation.getEntityManager().createQuery("""
                        from Escalation where textsErasedAt is null
                        and ((status = :resolved and resolvedAt < :cutoff) or (status = :withdrawn and withdrawnAt < :cutoff))
                        order by id""", Escalation.class)
                .setParameter("resolved", EscalationStatus.RESOLVED).setParameter("withdrawn", EscalationStatus.WITHDRAWN)
                .setParameter("cutoff", cutoff);
    }

    @Override
    public boolean erase(Escalation e, OffsetDateTime now, Duration period) {
        if (!freeText.blank(e, now)) {
            return false;
        }
        audit.record("TEXT_ERASED", "escalation", e.id, e.caseId,
                "retention period " + period + " after it ended (" + e.status + ")");
        return true;
    }

    @Override
    public String erased() {
        return "ended escalations lost their free text";
    }
}
