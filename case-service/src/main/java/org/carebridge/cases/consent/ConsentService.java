package org.carebridge.cases.consent;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.platform.time.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Recording, showing and revoking consents; who may record or revoke is {@link ConsentRules#requireMayGiveConsent}. */
@ApplicationScoped
public class ConsentService {

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final Event<CaseChanged> changed;
    private final Clock clock;

    public ConsentService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline,
                          Event<CaseChanged> changed, Clock clock) {
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.changed = changed;
        this.clock = clock;
    }

    /** Every consent of the case, live and revoked, oldest first: the whole history is shown. */
    @Transactional
    public List<ConsentView> list(UUID caseId) {
        access.asMember(caseId);
        audit.record(CaseFileAudit.CONSENTS_READ, CaseAudit.CASE, caseId, caseId, null);
        return Consent.<Consent>list("caseId", Sort.by("recordedAt").and("id"), caseId).stream()
                .map(ConsentView::of).toList();
    }

    @Transactional
    public ConsentView record(UUID caseId, NewConsent body) {
        CareCase c = access.asMemberForUpdate(caseId).requireOpen(); // the lock keeps "one live consent" a clean 409
        String member = body.member().strip().toLowerCase(Locale.ROOT);
        ConsentRules.requireMayGiveConsent(c, user.username(), member);
        if (!CaseMember.isMember(caseId, member)) {
            throw ProblemException.badField("member", "must be a member of the case");
        }
        if (Consent.live(caseId, member, body.purpose())) {
            throw ProblemException.conflict(member + " already has consent for " + body.purpose());
        }
        OffsetDateTime now = Clocks.now(clock);
        Consent k = new Consent();
        k.id = UUID.randomUUID();
        k.caseId = caseId;
        k.memberUsername = member;
        k.purpose = body.purpose();
        k.givenBy = body.givenBy();
        k.recordedBy = user.username();
        k.recordedAt = now;
        k.persist();
        timeline.append(caseId, now, TimelineKind.CONSENT_RECORDED, user.username(),
                "The " + k.givenBy.name().toLowerCase(Locale.ROOT) + " consents to share " + k.purpose + " with "
                        + member, k.id);
        audit.record(CaseFileAudit.CONSENT_RECORDED, CaseFileAudit.CONSENT, k.id, caseId,
                k.purpose + " for " + member);
        changed.fire(new CaseChanged(caseId));
        return ConsentView.of(k);
    }

    @Transactional
    public ConsentView revoke(UUID caseId, UUID consentId) {
        CareCase c = access.asMemberForUpdate(caseId);
        Consent k = Consent.<Consent>find("id = ?1 and caseId = ?2", consentId, caseId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("consent"));
        ConsentRules.requireMayGiveConsent(c, user.username(), k.memberUsername);
        if (k.revokedAt != null) {
            throw ProblemException.conflict("the consent is already revoked");
        }
        OffsetDateTime now = Clocks.now(clock);
        k.revokedAt = now;
        k.revokedBy = user.username();
        timeline.append(caseId, now, TimelineKind.CONSENT_REVOKED, user.username(),
                "Consent to share " + k.purpose + " with " + k.memberUsername + " revoked", k.id);
        audit.record(CaseFileAudit.CONSENT_REVOKED, CaseFileAudit.CONSENT, k.id, caseId,
                k.purpose + " for " + k.memberUsername);
        changed.fire(new CaseChanged(caseId));
        return ConsentView.of(k);
    }
}
