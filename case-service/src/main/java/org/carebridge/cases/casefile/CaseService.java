package org.carebridge.cases.casefile;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CaseViews.CaseSummary;
import org.carebridge.cases.casefile.CaseViews.CaseView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Opening a case, reading it, editing it and listing "my cases"; each access leaves an audit line, each change is
 * the case's own transition, recorded by the recorder.
 */
@ApplicationScoped
public class CaseService {

    private final CaseWork work;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Today today;
    private final CaseVisibility visibility;
    private final YouthAges ages;

    public CaseService(CaseWork work, CurrentUser user, AuditTrail audit, Today today, CaseVisibility visibility,
                       YouthAges ages) {
        this.work = work;
        this.user = user;
        this.audit = audit;
        this.today = today;
        this.visibility = visibility;
        this.ages = ages;
    }

    static final int MAX_OFFSET = 10_000;

    /** The creator becomes the first member and the lead; the case belongs to the creator's region. */
    @Transactional
    public CaseView create(NewCase body) {
        String region = user.region().filter(r -> !r.isBlank())
                .orElseThrow(() -> ProblemException.badField("region", "your account has no region; ask an administrator"));
        String organisation = firstNonBlank(body.organisation(), user.organisation().orElse(null));
        if (organisation == null) {
            throw ProblemException.badField("organisation", "required: your account names no organisation");
        }
        // the token's organisation may be outside the fixed list: then the creator must name one
        organisation = Organisation.canonical(organisation).orElseThrow(() -> ProblemException.badField(
                "organisation", "required: your account's organisation is not on the list; " + Organisation.MESSAGE));
        ages.require(body.youth().dateOfBirth());
        CareCase.Opened opened = CareCase.open(body, region, organisation, user.username(), work.now());
        CareCase c = opened.careCase();
        c.persist();
        opened.creator().persist();
        work.record(opened);
        return CaseView.of(c, List.of(opened.creator()), today(), Set.of());
    }

    /**
     * Only cases the caller is a member of, filtered and ordered as asked. Offset paging is bounded at
     * {@link #MAX_OFFSET} rows: a caseload is hundreds of cases, and nobody pages past that without a filter.
     */
    @Transactional
    public PageView<CaseSummary> mine(CaseFilter filter, PageRequest page) {
        if ((long) page.page() * page.size() > MAX_OFFSET) {
            throw ProblemException.badField("page", "pages end after " + MAX_OFFSET + " cases: narrow the filter");
        }
        Parameters params = new Parameters();
        LocalDate today = today();
        String identityVisible = visibility.identityVisibleHql("me");
        String where = filter.where(user.username(), today, params, identityVisible);
        long total = CareCase.count(where, params);
        List<CareCase> cases = CareCase.<CareCase>find(where + " order by " + filter.order().hql(identityVisible),
                        params)
                .page(page.page(), page.size()).list();
        Set<UUID> visible = visibility.identityVisible(cases, user.username());
        for (CareCase c : cases) {
            audit.record(CaseAudit.CASE_LISTED, CaseAudit.CASE, c.id, c.id, null);
        }
        return new PageView<>(cases.stream()
                .map(c -> CaseSummary.of(c, today, visible.contains(c.id))).toList(), page.page(), page.size(), total);
    }

    @Transactional
    public CaseView get(UUID caseId) {
        CareCase c = work.toRead(caseId);
        audit.record(CaseAudit.CASE_READ, CaseAudit.CASE, caseId, caseId, null);
        return CaseView.of(c, members(caseId), today(), visibility.restricted(c, user.username()));
    }

    /** Any member may edit the case while it is open; the timeline names the changed fields, never their values. */
    @Transactional
    public CaseView update(UUID caseId, CaseUpdate body) {
        CareCase c = work.openToChange(caseId);
        visibility.require(c, user.username(), ConsentPurpose.IDENTITY); // no editing what one may not see
        if (body.version() != null && body.version() != c.version) {
            throw ProblemException.conflict("the case was changed by someone else since you read it: reload it");
        }
        if (!body.youth().dateOfBirth().equals(c.dateOfBirth)) {
            ages.require(body.youth().dateOfBirth());
        }
        c.edit(body, user.username(), work.now()).ifPresent(edited -> {
            work.record(edited);
            CareCase.getEntityManager().flush(); // the returned version is the new one
        });
        return CaseView.of(c, members(caseId), today(), visibility.restricted(c, user.username()));
    }

    private LocalDate today() {
        return today.date();
    }

    private static List<CaseMember> members(UUID caseId) {
        return CaseMember.ofCase(caseId);
    }

    private static String firstNonBlank(String preferred, String fallback) {
        if (preferred != null && !preferred.isBlank()) {
            return preferred.strip();
        }
        return fallback == null || fallback.isBlank() ? null : fallback.strip();
    }
}
