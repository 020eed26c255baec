package org.carebridge.cases.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of a case, for its team only: they carry the youth's name and birth date. */
public final class CaseViews {

    private CaseViews() {
    }

    public record YouthView(String givenName, String familyName, LocalDate dateOfBirth) {
    }

    public record MemberView(String username, String organisation, String role, OffsetDateTime addedAt,
                             String addedBy) {
        static MemberView of(CaseMember m) {
            return new MemberView(m.username, m.organisation, m.role, m.addedAt, m.addedBy);
        }
    }

    public record CaseView(UUID id, YouthView youth, String region, Intensity intensity, List<Domain> domains,
                           CaseStatus status, String lead, List<MemberView> members, OffsetDateTime createdAt,
                           String createdBy) {
        static CaseView of(CareCase c, List<CaseMember> members) {
            return new CaseView(c.id, youthOf(c), c.region, c.intensity, sorted(c), c.status, c.leadUsername,
                    members.stream().map(MemberView::of).toList(), c.createdAt, c.createdBy);
        }
    }

    /** A line of "my cases": no member list, so a page costs two queries whatever its size. */
    public record CaseSummary(UUID id, YouthView youth, String region, Intensity intensity, List<Domain> domains,
                              CaseStatus status, String lead, OffsetDateTime createdAt) {
        static CaseSummary of(CareCase c) {
            return new CaseSummary(c.id, youthOf(c), c.region, c.intensity, sorted(c), c.status, c.leadUsername,
                    c.createdAt);
        }
    }

    private static YouthView youthOf(CareCase c) {
        return new YouthView(c.youthGivenName, c.youthFamilyName, c.dateOfBirth);
    }

    private static List<Domain> sorted(CareCase c) {
        return c.domains.stream().sorted().toList();
    }
}
