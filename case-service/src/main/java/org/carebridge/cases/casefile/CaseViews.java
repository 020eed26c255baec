package org.carebridge.cases.casefile;


import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON shapes of a case, for its team only: they carry the youth's name and birth date, unless the reader has no
 * consent to see them ({@code youth} null, {@code restricted} names what is withheld; see CaseVisibility).
 */
public final class CaseViews {

    private CaseViews() {
    }

    public record YouthView(String givenName, String familyName, LocalDate dateOfBirth, List<String> languages,
                            NewCase.LegalSituation legalSituation) {
    }

    public record MemberView(String username, String organisation, String role, OffsetDateTime addedAt,
                             String addedBy) {
        public static MemberView of(CaseMember m) {
            return new MemberView(m.username, m.organisation, m.role, m.addedAt, m.addedBy);
        }
    }

    /**
     * {@code transitionDue}: the youth turns 18 within six months, the most precarious moment of a path, and no
     * transition handover was accepted yet.
     */
    public record CaseView(UUID id, YouthView youth, String region, Intensity intensity, List<Domain> domains,
                           CaseStatus status, String lead, boolean leadMissing, boolean transitionDue,
                           List<MemberView> members, OffsetDateTime createdAt, String createdBy, long version,
                           Set<ConsentPurpose> restricted, Outcome outcome, OffsetDateTime closedAt,
                           OffsetDateTime erasedAt) {
        static CaseView of(CareCase c, List<CaseMember> members, LocalDate today, Set<ConsentPurpose> restricted) {
            YouthView youth = restricted.contains(ConsentPurpose.IDENTITY) ? null : youthOf(c);
            return new CaseView(c.id, youth, c.region, c.intensity, sorted(c), c.status, c.leadUsername,
                    c.leadMissing(), isTransitionDue(c, today), members.stream().map(MemberView::of).toList(),
                    c.createdAt, c.createdBy, c.version, restricted, c.outcome, c.closedAt, c.erasedAt);
        }
    }

    /** A line of "my cases": no member list, so a page costs a fixed number of queries whatever its size. */
    public record CaseSummary(UUID id, YouthView youth, String region, Intensity intensity, List<Domain> domains,
                              CaseStatus status, String lead, boolean leadMissing, boolean transitionDue,
                              OffsetDateTime createdAt) {
        static CaseSummary of(CareCase c, LocalDate today, boolean identityVisible) {
            return new CaseSummary(c.id, identityVisible ? youthOf(c) : null, c.region, c.intensity, sorted(c), c.status, c.leadUsername,
                    c.leadMissing(), isTransitionDue(c, today), c.createdAt);
        }
    }

    static boolean isTransitionDue(CareCase c, LocalDate today) {
        if (c.dateOfBirth == null || c.transitionHandedOver) {
            return false; // erased, or the transition is in the receiver's hands
        }
        LocalDate[] window = CaseFilter.transitionWindow(today);
        return !c.dateOfBirth.isBefore(window[0]) && !c.dateOfBirth.isAfter(window[1]);
    }

    private static YouthView youthOf(CareCase c) {
        NewCase.LegalSituation legal = c.unaccompaniedMinor == null && c.residenceStatus == null ? null
                : new NewCase.LegalSituation(c.unaccompaniedMinor, c.residenceStatus);
        return new YouthView(c.youthGivenName, c.youthFamilyName, c.dateOfBirth,
                c.languages.stream().sorted().toList(), legal);
    }

    private static List<Domain> sorted(CareCase c) {
        return c.domains.stream().sorted().toList();
    }
}
