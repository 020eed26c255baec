package org.carebridge.cases.consent;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseWork;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Recording, showing and revoking consents; who may record or revoke is {@link ConsentRules#requireMayGiveConsent},
 * the change itself the consent's own transition, recorded by the recorder.
 */
@ApplicationScoped
public class ConsentService {

    private final CaseWork work;
    private final AuditTrail audit;

    public ConsentService(CaseWork work, AuditTrail audit) {
        this.work = work;
        this.audit = audit;
    }

    /** Every consent of the case, live and revoked, oldest first: the whole history is shown. */
    @Transactional
    public List<ConsentView> list(UUID caseId) {
        work.toRead(caseId);
        audit.record(CaseFileAudit.CONSENTS_READ, CaseAudit.CASE, caseId, caseId, null);
        return Consent.<Consent>list("caseId", Sort.by("recordedAt").and("id"), caseId).stream()
                .map(ConsentView::of).toList();
    }

    @Transactional
    public ConsentView record(UUID caseId, NewConsent body) {
        CareCase c = work.openToChange(caseId); // the lock keeps "one live consent" a clean 409
        String member = body.member().strip().toLowerCase(Locale.ROOT);
        ConsentRules.requireMayGiveConsent(c, work.me(), member);
        Consent.Recorded recorded = Consent.record(c, member, CaseMember.isMember(caseId, member),
                Consent.live(caseId, member, body.purpose()), body, work.me(), work.now());
        recorded.consent().persist();
        return ConsentView.of(work.record(recorded).consent());
    }

    @Transactional
    public ConsentView revoke(UUID caseId, UUID consentId) {
        CareCase c = work.toChange(caseId);
        Consent k = Consent.<Consent>find("id = ?1 and caseId = ?2", consentId, caseId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("consent"));
        ConsentRules.requireMayGiveConsent(c, work.me(), k.memberUsername);
        return ConsentView.of(work.record(k.revoke(work.me(), work.now())).consent());
    }
}
