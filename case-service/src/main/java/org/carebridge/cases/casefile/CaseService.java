package org.carebridge.cases.casefile;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CaseViews.CaseSummary;
import org.carebridge.cases.casefile.CaseViews.CaseView;
import org.carebridge.cases.privacy.Identifiers;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Opening a case, reading it, listing "my cases" and growing the team; each access leaves an audit line. */
@ApplicationScoped
public class CaseService {

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final Event<CaseChanged> changed;
    private final Clock clock;
    private final Today today;
    private final CaseVisibility visibility;
    private final YouthAges ages;

    public CaseService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline,
                       Event<CaseChanged> changed, Clock clock, Today today, CaseVisibility visibility,
                       YouthAges ages) {
        this.ages = ages;
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.changed = changed;
        this.clock = clock;
        this.today = today;
        this.visibility = visibility;
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
        NewCase.Youth youth = body.youth();
        ages.require(youth.dateOfBirth());
        Identifiers.of(youth.givenName(), youth.familyName(), youth.dateOfBirth()).refuseIn("role", body.role());
        OffsetDateTime now = Clocks.now(clock);
        String me = user.username();

        CareCase c = new CareCase();
        c.id = UUID.randomUUID();
        c.setYouth(body.youth());
        c.region = region;
        c.intensity = body.intensity();
        c.domains = EnumSet.copyOf(body.domains());
        c.status = CaseStatus.OPEN;
        c.leadUsername = me;
        c.createdAt = now;
        c.createdBy = me;
        c.persist();

        CaseMember creator = CaseMember.add(c.id, me, organisation, firstNonBlank(body.role(), null), now, me);
        timeline.append(c.id, now, TimelineKind.CASE_CREATED, me, "Case opened; " + me + " is the lead", null);
        audit.record(CaseAudit.CASE_CREATED, CaseAudit.CASE, c.id, c.id, null);
        changed.fire(new CaseChanged(c.id));
        return CaseView.of(c, List.of(creator), today(), Set.of());
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
        CareCase c = access.asMember(caseId);
        audit.record(CaseAudit.CASE_READ, CaseAudit.CASE, caseId, caseId, null);
        return CaseView.of(c, members(caseId), today(), visibility.restricted(c, user.username()));
    }

    /** Any member may edit the case while it is open; the timeline names the changed fields, never their values. */
    @Transactional
    public CaseView update(UUID caseId, CaseUpdate body) {
        CareCase c = access.asMemberForUpdate(caseId).requireOpen();
        visibility.require(c, user.username(), ConsentPurpose.IDENTITY); // no editing what one may not see
        if (body.version() != null && body.version() != c.version) {
            throw ProblemException.conflict("the case was changed by someone else since you read it: reload it");
        }
        List<String> fields = changedFields(c, body);
        if (fields.contains("date of birth")) {
            ages.require(body.youth().dateOfBirth());
        }
        if (!fields.isEmpty()) {
            c.setYouth(body.youth());
            c.intensity = body.intensity();
            c.domains = EnumSet.copyOf(body.domains());
            String what = String.join(", ", fields);
            timeline.append(caseId, Clocks.now(clock), TimelineKind.CASE_UPDATED, user.username(),
                    "Case details updated: " + what, null);
            audit.record(CaseFileAudit.CASE_UPDATED, CaseAudit.CASE, caseId, caseId, what);
            changed.fire(new CaseChanged(caseId));
            CareCase.getEntityManager().flush(); // the returned version is the new one
        }
        return CaseView.of(c, members(caseId), today(), visibility.restricted(c, user.username()));
    }

    private static List<String> changedFields(CareCase c, CaseUpdate body) {
        CareCase after = new CareCase();
        after.setYouth(body.youth());
        List<String> fields = new java.util.ArrayList<>();
        if (!after.youthGivenName.equals(c.youthGivenName) || !after.youthFamilyName.equals(c.youthFamilyName)) {
            fields.add("name");
        }
        if (!after.dateOfBirth.equals(c.dateOfBirth)) {
            fields.add("date of birth");
        }
        if (!after.languages.equals(c.languages)) {
            fields.add("languages");
        }
        if (!java.util.Objects.equals(after.unaccompaniedMinor, c.unaccompaniedMinor)
                || after.residenceStatus != c.residenceStatus) {
            fields.add("legal situation");
        }
        if (body.intensity() != c.intensity) {
            fields.add("intensity");
        }
        if (!EnumSet.copyOf(body.domains()).equals(c.domains)) {
            fields.add("domains");
        }
        return fields;
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
