package org.carebridge.cases.closure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.platform.retention.RetentionRule;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Retention of the case file: the personal data of a case closed longer than {@code carebridge.retention.period} ago
 * is erased as on request ({@link PersonalData}). Platform's {@code RetentionJob} runs it, in batches and with the
 * rows locked, like the bridge's and the advisory group's retention of their own texts.
 */
@ApplicationScoped
public class CaseRetention implements RetentionRule<CareCase> {

    private final PersonalData personalData;

    public CaseRetention(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public TypedQuery<CareCase> due(OffsetDateTime cutoff) {
        return CareCase.getEntityManager().createQuery(
                        "from CareCase where status = :closed and erasedAt is null and closedAt < :cutoff order by closedAt",
                        CareCase.class)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("cutoff", cutoff);
    }

    @Override
    public boolean erase(CareCase c, OffsetDateTime now, Duration period) {
        return personalData.erase(c, now, "system", "retention period " + period + " after closing");
    }

    @Override
    public String erased() {
        return "closed cases lost their personal data";
    }
}
