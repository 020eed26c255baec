package org.carebridge.cases.casefile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;

import java.util.UUID;

/**
 * The object-level rules of case-service: only members of a case may see or change it; a network-admin acts on a
 * case of their own region only where the admin has a say (erasure, team allowances), without seeing it. Anyone
 * else gets the same 404 as for a case that does not exist, so case ids cannot be probed; the refusal is audited.
 */
@ApplicationScoped
public class CaseAccess {

    private final CurrentUser user;
    private final AuditTrail audit;

    public CaseAccess(CurrentUser user, AuditTrail audit) {
        this.user = user;
        this.audit = audit;
    }

    /** @return the case, if the caller is on its team */
    @Transactional(Transactional.TxType.MANDATORY)
    public CareCase asMember(UUID caseId) {
        requireMember(caseId);
        return CareCase.findById(caseId);
    }

    /** As {@link #asMember}, and locks the case row so that concurrent changes to one case run one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CareCase asMemberForUpdate(UUID caseId) {
        requireMember(caseId);
        return CareCase.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * @return the case if the caller is a network-admin of its region; {@code refusal} is the audit line's reason
     * when they are not (or the case does not exist)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CareCase asRegionAdmin(UUID caseId, String refusal) {
        return requireRegionAdmin(caseId, refusal, LockModeType.NONE);
    }

    /** As {@link #asRegionAdmin}, and locks the case row like {@link #asMemberForUpdate}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CareCase asRegionAdminForUpdate(UUID caseId, String refusal) {
        return requireRegionAdmin(caseId, refusal, LockModeType.PESSIMISTIC_WRITE);
    }

    private CareCase requireRegionAdmin(UUID caseId, String refusal, LockModeType lock) {
        CareCase c = CareCase.findById(caseId, lock);
        // the role is the resource's @RolesAllowed; asked again so that this check is whole wherever it is used
        if (c == null || !user.hasRole(Roles.NETWORK_ADMIN) || user.region().filter(c.region::equals).isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> audit.record(CaseAudit.CASE_ACCESS_REFUSED, CaseAudit.CASE,
                    caseId, c == null ? null : caseId, refusal));
            throw ProblemException.notFound("case");
        }
        return c;
    }

    private void requireMember(UUID caseId) {
        if (!CaseMember.isMember(caseId, user.username())) {
            // its own transaction: the caller's rolls back with the 404 and would take this line with it
            QuarkusTransaction.requiringNew().run(() ->
                    audit.record(CaseAudit.CASE_ACCESS_REFUSED, CaseAudit.CASE, caseId, caseId, "not a member"));
            throw ProblemException.notFound("case");
        }
    }
}
