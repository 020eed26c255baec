package org.carebridge.cases.casefile;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CaseViews.CaseSummary;
import org.carebridge.cases.casefile.CaseViews.CaseView;
import org.carebridge.cases.casefile.CaseViews.MemberView;
import org.carebridge.cases.support.Clocks;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineKind;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Opening a case, reading it, listing "my cases" and growing the team; each access leaves an audit line. */
@ApplicationScoped
public class CaseService {

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final Clock clock;

    public CaseService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline, Clock clock) {
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The creator becomes the first member and the lead; the case belongs to the creator's region. */
    @Transactional
    public CaseView create(NewCase body) {
        String region = user.region().filter(r -> !r.isBlank())
                .orElseThrow(() -> ProblemException.badField("region", "your account has no region; ask an administrator"));
        String organisation = firstNonBlank(body.organisation(), user.organisation().orElse(null));
        if (organisation == null) {
            throw ProblemException.badField("organisation", "required: your account names no organisation");
        }
        OffsetDateTime now = Clocks.now(clock);
        String me = user.username();

        CareCase c = new CareCase();
        c.id = UUID.randomUUID();
        c.youthGivenName = body.youth().givenName().strip();
        c.youthFamilyName = body.youth().familyName().strip();
        c.dateOfBirth = body.youth().dateOfBirth();
        c.region = region;
        c.intensity = body.intensity();
        c.domains = EnumSet.copyOf(body.domains());
        c.status = CaseStatus.OPEN;
        c.leadUsername = me;
        c.createdAt = now;
        c.createdBy = me;
        c.persist();

        CaseMember creator = member(c.id, me, organisation, firstNonBlank(body.role(), null), now);
        timeline.append(c.id, now, TimelineKind.CASE_CREATED, me, "Case opened; " + me + " is the lead", null);
        audit.record(CaseAudit.CASE_CREATED, CaseAudit.CASE, c.id, c.id, null);
        return CaseView.of(c, List.of(creator));
    }

    /** Only cases the caller is a member of; newest first, id breaking ties so pages never overlap. */
    @Transactional
    public PageView<CaseSummary> mine(PageRequest page) {
        String mine = "id in (select m.caseId from CaseMember m where m.username = ?1)";
        long total = CareCase.count(mine, user.username());
        List<CareCase> cases = CareCase.<CareCase>find(mine, Sort.descending("createdAt").and("id"), user.username())
                .page(page.page(), page.size()).list();
        for (CareCase c : cases) {
            audit.record(CaseAudit.CASE_LISTED, CaseAudit.CASE, c.id, c.id, null);
        }
        return new PageView<>(cases.stream().map(CaseSummary::of).toList(), page.page(), page.size(), total);
    }

    @Transactional
    public CaseView get(UUID caseId) {
        CareCase c = access.asMember(caseId);
        audit.record(CaseAudit.CASE_READ, CaseAudit.CASE, caseId, caseId, null);
        return CaseView.of(c, members(caseId));
    }

    @Transactional
    public MemberView addMember(UUID caseId, NewMember body) {
        access.asMemberForUpdate(caseId); // serialises adds to one case, so the 409 below is reliable
        String username = body.username().toLowerCase(Locale.ROOT); // Keycloak login names are lowercase
        if (CaseMember.isMember(caseId, username)) {
            throw ProblemException.conflict(username + " is already a member of this case");
        }
        OffsetDateTime now = Clocks.now(clock);
        CaseMember m = member(caseId, username, body.organisation().strip(), body.role().strip(), now);
        timeline.append(caseId, now, TimelineKind.MEMBER_ADDED, user.username(),
                username + " (" + m.organisation + ") joined the team as " + m.role, m.id);
        audit.record(CaseAudit.MEMBER_ADDED, CaseAudit.CASE, caseId, caseId, "member " + username);
        return MemberView.of(m);
    }

    private CaseMember member(UUID caseId, String username, String organisation, String role, OffsetDateTime now) {
        CaseMember m = new CaseMember();
        m.id = UUID.randomUUID();
        m.caseId = caseId;
        m.username = username;
        m.organisation = organisation;
        m.role = role;
        m.addedAt = now;
        m.addedBy = user.username();
        m.persist();
        return m;
    }

    private static List<CaseMember> members(UUID caseId) {
        return CaseMember.list("caseId", Sort.by("addedAt").and("username"), caseId);
    }

    private static String firstNonBlank(String preferred, String fallback) {
        if (preferred != null && !preferred.isBlank()) {
            return preferred.strip();
        }
        return fallback == null || fallback.isBlank() ? null : fallback.strip();
    }
}
