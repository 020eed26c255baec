package org.carebridge.cases.casefile;

import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.carebridge.cases.support.AggregateFixtures.assertConflict;
import static org.carebridge.cases.support.AggregateFixtures.assertProblem;
import static org.carebridge.cases.support.AggregateFixtures.careCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transition of a case (and of a membership), allowed and refused; plain objects. */
class CareCaseTransitionsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final NewCase.Youth AMIR = new NewCase.Youth(" Amir ", "Haddad", LocalDate.of(2009, 3, 14),
            List.of("ar"), new NewCase.LegalSituation(true, ResidenceStatus.ASYLUM_SEEKER));

    @Test
    void openingMakesTheCreatorTheFirstMemberAndTheLead() {
        CareCase.Opened opened = CareCase.open(newCase(" school coach "), "north", "school", "ann", NOW);
        CareCase c = opened.careCase();
        assertEquals(CaseStatus.OPEN, c.status);
        assertEquals("ann", c.leadUsername);
        assertEquals("ann", c.createdBy);
        assertEquals(NOW, c.createdAt);
        assertEquals("north", c.region);
        assertEquals("Amir", c.youthGivenName);
        assertEquals(Set.of(Domain.SCHOOL), c.domains);
        CaseMember creator = opened.creator();
        assertEquals(c.id, creator.caseId);
        assertEquals("ann", creator.username);
        assertEquals("school", creator.organisation);
        assertEquals("school coach", creator.role);
        assertEquals(NOW, creator.addedAt);
    }

    @Test
    void openingWithoutARoleLeavesItEmpty() {
        assertNull(CareCase.open(newCase("  "), "north", "school", "ann", NOW).creator().role);
    }

    @Test
    void openingWithTheYouthsNameInTheRoleIsABadField() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CareCase.open(newCase("coach of Amir"), "north", "school", "ann", NOW));
        assertEquals(400, refused.toProblem().status());
        assertEquals("role", refused.toProblem().errors().get(0).field());
    }

    @Test
    void editingChangesTheFieldsAndNamesThem() {
        CareCase c = opened();
        NewCase.Youth renamed = new NewCase.Youth("Amira", "Haddad", AMIR.dateOfBirth(), List.of("ar"),
                AMIR.legalSituation());
        CareCase.Edited edited = c.edit(new CaseUpdate(renamed, Intensity.INTENSIVE, List.of(Domain.SCHOOL), null),
                "bea", NOW).orElseThrow();
        assertEquals(List.of("name", "intensity"), edited.fields());
        assertEquals("bea", edited.by());
        assertEquals("Amira", c.youthGivenName);
        assertEquals(Intensity.INTENSIVE, c.intensity);
    }

    @Test
    void editingToWhatIsThereIsNoEdit() {
        CareCase c = opened();
        assertEquals(Optional.empty(), c.edit(new CaseUpdate(AMIR, Intensity.LIGHT, List.of(Domain.SCHOOL), 0L),
                "bea", NOW));
    }

    @Test
    void editingAClosedCaseIsRefused() {
        CareCase c = careCase(CaseStatus.CLOSED);
        assertConflict("the case is closed",
                () -> c.edit(new CaseUpdate(AMIR, Intensity.LIGHT, List.of(Domain.WORK), null), "ann", NOW));
    }

    @Test
    void closingAnOpenCaseKeepsItsOutcome() {
        CareCase c = careCase(CaseStatus.OPEN);
        CareCase.Closed closed = c.close(Outcome.GOALS_REACHED, "ann", NOW);
        assertSame(c, closed.careCase());
        assertEquals(CaseStatus.CLOSED, c.status);
        assertEquals(Outcome.GOALS_REACHED, c.outcome);
        assertEquals(NOW, c.closedAt);
        assertEquals("ann", c.closedBy);
    }

    @Test
    void closingAnEscalatedOrClosedCaseIsRefused() {
        CareCase escalated = careCase(CaseStatus.ESCALATED);
        assertConflict("the case has an open escalation: withdraw it or wait for its resolution",
                () -> escalated.close(Outcome.OTHER, "ann", NOW));
        assertEquals(CaseStatus.ESCALATED, escalated.status);
        assertConflict("the case is closed", () -> careCase(CaseStatus.CLOSED).close(Outcome.OTHER, "ann", NOW));
    }

    @Test
    void closingToEraseClosesAnOpenOrEscalatedCaseWithOther() {
        for (CaseStatus status : List.of(CaseStatus.OPEN, CaseStatus.ESCALATED)) {
            CareCase c = careCase(status);
            assertTrue(c.closeToErase("admin", NOW).isPresent());
            assertEquals(CaseStatus.CLOSED, c.status);
            assertEquals(Outcome.OTHER, c.outcome);
            assertEquals("admin", c.closedBy);
        }
    }

    @Test
    void closingToEraseLeavesAClosedCaseAsItWas() {
        CareCase c = careCase(CaseStatus.CLOSED);
        c.outcome = Outcome.AGED_OUT;
        assertEquals(Optional.empty(), c.closeToErase("admin", NOW));
        assertEquals(Outcome.AGED_OUT, c.outcome);
        assertNull(c.closedBy);
    }

    @Test
    void closingToEraseAnErasedCaseIsRefused() {
        CareCase c = careCase(CaseStatus.CLOSED);
        c.erasedAt = NOW.minusDays(1);
        assertConflict("the case's personal data is already erased", () -> c.closeToErase("admin", NOW));
    }

    @Test
    void erasingRemovesWhoTheYouthIsOnce() {
        CareCase c = careCase(CaseStatus.CLOSED);
        c.unaccompaniedMinor = true;
        c.languages = Set.of("ar");
        CareCase.Erased erased = c.erasePersonalData("system", "retention", NOW).orElseThrow();
        assertEquals("system", erased.by());
        assertEquals("retention", erased.why());
        assertEquals(NOW, c.erasedAt);
        assertNull(c.youthGivenName);
        assertNull(c.youthFamilyName);
        assertNull(c.dateOfBirth);
        assertNull(c.unaccompaniedMinor);
        assertTrue(c.languages.isEmpty());
        assertEquals(CaseStatus.CLOSED, c.status, "what remains is structure without a person");

        assertEquals(Optional.empty(), c.erasePersonalData("admin", "on request", NOW.plusDays(1)));
        assertEquals(NOW, c.erasedAt, "the first erasure stays the one on record");
    }

    @Test
    void appointingAMemberMakesThemTheLead() {
        CareCase c = careCase(CaseStatus.OPEN);
        CareCase.LeadChanged changed = c.appointLead("bea", true, "nina", "ann", NOW).orElseThrow();
        assertEquals("bea", c.leadUsername);
        assertEquals("ann", changed.previousLead());
        assertEquals("nina", changed.allowedBy());
        assertEquals("ann", changed.by());
    }

    @Test
    void appointingALeadToACaseWithoutOneHasNoPreviousLead() {
        CareCase c = careCase(CaseStatus.OPEN);
        c.leadUsername = null;
        assertNull(c.appointLead("bea", true, null, "bea", NOW).orElseThrow().previousLead());
        assertFalse(c.leadMissing());
    }

    @Test
    void appointingTheLeadAgainChangesNothing() {
        CareCase c = careCase(CaseStatus.OPEN);
        assertEquals(Optional.empty(), c.appointLead("ann", true, null, "ann", NOW));
        assertEquals("ann", c.leadUsername);
    }

    @Test
    void appointingSomeoneOffTheTeamOrOnAClosedCaseIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        assertProblem(400, "username: must be a member of the case",
                () -> c.appointLead("zoe", false, null, "ann", NOW));
        assertEquals("ann", c.leadUsername);
        assertConflict("the case is closed",
                () -> careCase(CaseStatus.CLOSED).appointLead("bea", true, null, "ann", NOW));
    }

    @Test
    void addingAColleagueMakesANewMembershipAndKeepsTheLead() {
        CareCase c = careCase(CaseStatus.ESCALATED);
        CareCase.MemberAdded added = c.addMember("bea", false, "guardianship", " guardian ", "nina", "ann", NOW);
        CaseMember m = added.member();
        assertEquals(c.id, m.caseId);
        assertEquals("bea", m.username);
        assertEquals("guardian", m.organisation, "the alias is read as its code");
        assertEquals("guardian", m.role);
        assertEquals("ann", m.addedBy);
        assertEquals(NOW, m.addedAt);
        assertEquals("nina", added.allowedBy());
        assertEquals("ann", c.leadUsername);
    }

    @Test
    void addingAMemberTwiceAnUnknownOrganisationOrOnAClosedCaseIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        assertConflict("bea is already a member of this case",
                () -> c.addMember("bea", true, "school", "coach", null, "ann", NOW));
        assertProblem(400, "organisation: " + Organisation.MESSAGE,
                () -> c.addMember("bea", false, "circus", "coach", null, "ann", NOW));
        assertConflict("the case is closed",
                () -> careCase(CaseStatus.CLOSED).addMember("bea", false, "school", "coach", null, "ann", NOW));
    }

    @Test
    void aMemberLeavingKeepsTheLead() {
        CareCase c = careCase(CaseStatus.OPEN);
        CareCase.MemberRemoved removed = c.memberLeft(member("bea"), true, "ann", NOW);
        assertFalse(removed.leadLeft());
        assertTrue(removed.consentsEnded());
        assertEquals("ann", c.leadUsername);
    }

    @Test
    void theLeadLeavingLeavesTheCaseWithoutALead() {
        CareCase c = careCase(CaseStatus.OPEN);
        CareCase.MemberRemoved removed = c.memberLeft(member("ann"), false, "ann", NOW);
        assertTrue(removed.leadLeft());
        assertNull(c.leadUsername);
        assertTrue(c.leadMissing());
    }

    @Test
    void leavingAClosedCaseIsRefused() {
        CareCase c = careCase(CaseStatus.CLOSED);
        assertConflict("the case is closed", () -> c.memberLeft(member("ann"), false, "ann", NOW));
        assertEquals("ann", c.leadUsername);
    }

    @Test
    void aMembersOrganisationAndRoleChange() {
        CaseMember m = member("bea");
        CaseMember.Changed changed = m.change("foster-care", " foster parent ", "ann", NOW);
        assertSame(m, changed.member());
        assertEquals("foster-care", m.organisation);
        assertEquals("foster parent", m.role);
        assertProblem(400, "organisation: " + Organisation.MESSAGE, () -> m.change("circus", "clown", "ann", NOW));
        assertEquals("foster-care", m.organisation);
    }

    @Test
    void escalatingAndTheEscalationEndingMoveBetweenOpenAndEscalated() {
        CareCase c = careCase(CaseStatus.OPEN);
        c.escalate();
        assertEquals(CaseStatus.ESCALATED, c.status);
        assertTrue(c.escalationEnded());
        assertEquals(CaseStatus.OPEN, c.status);
        assertFalse(c.escalationEnded(), "an open case stays open");

        CareCase closed = careCase(CaseStatus.CLOSED);
        assertConflict("the case is closed", closed::escalate);
        assertFalse(closed.escalationEnded());
        assertEquals(CaseStatus.CLOSED, closed.status);
    }

    private static CareCase opened() {
        return CareCase.open(newCase(null), "north", "school", "ann", NOW).careCase();
    }

    private static NewCase newCase(String role) {
        return new NewCase(AMIR, Intensity.LIGHT, List.of(Domain.SCHOOL), null, role);
    }

    private static CaseMember member(String username) {
        CaseMember m = new CaseMember();
        m.username = username;
        m.organisation = "school";
        m.role = "coach";
        return m;
    }
}
