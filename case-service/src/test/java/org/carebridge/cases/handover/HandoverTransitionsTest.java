package org.carebridge.cases.handover;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.casefile.Organisation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.carebridge.cases.support.AggregateFixtures.assertConflict;
import static org.carebridge.cases.support.AggregateFixtures.assertProblem;
import static org.carebridge.cases.support.AggregateFixtures.careCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transition of a handover, allowed and refused; plain objects. */
class HandoverTransitionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = NOW.plusDays(3);

    @Test
    void requestingMakesAPendingHandoverAndNothingChangesHands() {
        CareCase c = careCase(CaseStatus.ESCALATED);
        Handover.Requested requested = Handover.request(c, false, body(" Dirk ", "guardianship", TODAY), TODAY,
                from(), "bea", NOW);
        Handover h = requested.handover();
        assertSame(c, requested.careCase());
        assertEquals(HandoverStatus.PENDING, h.status);
        assertEquals(c.id, h.caseId);
        assertEquals("north", h.region);
        assertEquals("dirk", h.toUsername, "login names are lowercase");
        assertEquals("guardian", h.toOrganisation, "the alias is read as its code");
        assertEquals("ann", h.fromUsername);
        assertEquals("school", h.fromOrganisation);
        assertEquals("bea", h.requestedBy);
        assertEquals(NOW, h.requestedAt);
        assertEquals("ann", c.leadUsername);
        assertEquals(CaseStatus.ESCALATED, c.status);
    }

    @Test
    void requestingToAnOrganisationLeavesTheReceiverOpen() {
        Handover h = Handover.request(careCase(CaseStatus.OPEN), false, body("  ", "school", null), TODAY, from(),
                "ann", NOW).handover();
        assertNull(h.toUsername);
        assertNull(h.dueBy);
    }

    @Test
    void requestingOnAClosedCaseIsRefused() {
        assertConflict("the case is closed", () -> Handover.request(careCase(CaseStatus.CLOSED), false,
                body("dirk", "school", null), TODAY, from(), "ann", NOW));
    }

    @Test
    void requestingToTheLeadIsRefused() {
        assertConflict("ann is already the lead of this case", () -> Handover.request(careCase(CaseStatus.OPEN),
                false, body("ANN", "school", null), TODAY, from(), "ann", NOW));
    }

    @Test
    void requestingWhileAnotherIsPendingIsRefused() {
        assertConflict("this case already has a pending handover", () -> Handover.request(careCase(CaseStatus.OPEN),
                true, body("dirk", "school", null), TODAY, from(), "ann", NOW));
    }

    @Test
    void requestingWithAPastDueDateOrAnUnknownOrganisationIsABadField() {
        assertProblem(400, "dueBy: must be today or later", () -> Handover.request(careCase(CaseStatus.OPEN),
                false, body("dirk", "school", TODAY.minusDays(1)), TODAY, from(), "ann", NOW));
        assertProblem(400, "toOrganisation: " + Organisation.MESSAGE, () -> Handover.request(
                careCase(CaseStatus.OPEN), false, body("dirk", "circus", null), TODAY, from(), "ann", NOW));
    }

    @Test
    void acceptingMakesTheReceiverTheLead() {
        CareCase c = careCase(CaseStatus.OPEN);
        Handover h = pending(c);
        Handover.Accepted accepted = h.accept(c, false, "dirk", LATER);
        assertEquals(HandoverStatus.ACCEPTED, h.status);
        assertEquals("dirk", h.decidedBy);
        assertEquals(LATER, h.decidedAt);
        assertEquals("dirk", c.leadUsername);
        assertEquals("ann", accepted.previousLead());
        assertTrue(accepted.leadChanged());
        CaseMember joined = accepted.joined();
        assertEquals(c.id, joined.caseId);
        assertEquals("dirk", joined.username);
        assertEquals("guardian", joined.organisation);
        assertEquals("lead", joined.role);
        assertEquals(LATER, joined.addedAt);
    }

    @Test
    void acceptingByAMemberOfTheTeamAddsNoMembership() {
        CareCase c = careCase(CaseStatus.OPEN);
        Handover.Accepted accepted = pending(c).accept(c, true, "dirk", LATER);
        assertNull(accepted.joined());
        assertEquals("dirk", c.leadUsername);
    }

    @Test
    void acceptingByTheLeadOfACaseWithoutOneOrByTheLeadThemselvesIsToldApart() {
        CareCase leaderless = careCase(CaseStatus.OPEN);
        leaderless.leadUsername = null;
        Handover.Accepted toNewLead = pending(leaderless).accept(leaderless, false, "dirk", LATER);
        assertNull(toNewLead.previousLead());
        assertTrue(toNewLead.leadChanged());

        CareCase c = careCase(CaseStatus.OPEN);
        Handover toOrganisation = Handover.request(c, false, body(null, "school", null), TODAY, from(), "bea", NOW)
                .handover();
        assertFalse(toOrganisation.accept(c, true, "ann", LATER).leadChanged(), "the lead of the school took it");
    }

    @Test
    void decliningChangesNothingButTheHandover() {
        CareCase c = careCase(CaseStatus.OPEN);
        Handover h = pending(c);
        h.decline(c, "dirk", LATER);
        assertAnsweredAndNothingChangedHands(h, HandoverStatus.DECLINED, "dirk", c);
    }

    @Test
    void decidingTwiceIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        Handover accepted = pending(c);
        accepted.accept(c, false, "dirk", LATER);
        assertConflict("the handover was already accepted", () -> accepted.accept(c, false, "dirk", LATER));
        assertConflict("the handover was already accepted", () -> accepted.decline(c, "dirk", LATER));

        assertEquals("dirk", c.leadUsername);

        CareCase other = careCase(CaseStatus.OPEN);
        Handover declined = pending(other);
        declined.decline(other, "dirk", LATER);
        assertConflict("the handover was already declined", () -> declined.accept(other, false, "dirk", LATER));
        assertConflict("the handover was already declined", () -> declined.decline(other, "dirk", LATER));
        assertEquals("ann", other.leadUsername);
    }

    @Test
    void decidingOnACaseClosedSinceTheRequestIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        Handover h = pending(c);
        c.status = CaseStatus.CLOSED;
        assertConflict("the case is closed", () -> h.accept(c, false, "dirk", LATER));
        assertConflict("the case is closed", () -> h.decline(c, "dirk", LATER));
        assertEquals(HandoverStatus.PENDING, h.status);
        assertEquals("ann", c.leadUsername);
    }

    @Test
    void withdrawingAPendingHandoverChangesNothingButTheHandover() {
        CareCase c = careCase(CaseStatus.OPEN);
        Handover h = pending(c);
        Handover.Withdrawn withdrawn = h.withdraw("bea", LATER);
        assertSame(h, withdrawn.handover());
        assertAnsweredAndNothingChangedHands(h, HandoverStatus.WITHDRAWN, "bea", c);
    }

    @Test
    void withdrawingIsAllowedOnACaseClosedSinceTheRequest() {
        CareCase c = careCase(CaseStatus.OPEN);
        Handover h = pending(c);
        c.status = CaseStatus.CLOSED;
        h.withdraw("ann", LATER);
        assertEquals(HandoverStatus.WITHDRAWN, h.status);
    }

    @Test
    void withdrawingAnAnsweredHandoverIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        Handover accepted = pending(c);
        accepted.accept(c, false, "dirk", LATER);
        assertConflict("the handover was already accepted", () -> accepted.withdraw("ann", LATER));
        assertEquals(HandoverStatus.ACCEPTED, accepted.status);
        assertEquals("dirk", accepted.decidedBy);

        Handover declined = pending(careCase(CaseStatus.OPEN));
        declined.decline(careCase(CaseStatus.OPEN), "dirk", LATER);
        assertConflict("the handover was already declined", () -> declined.withdraw("ann", LATER));

        CareCase other = careCase(CaseStatus.OPEN);
        Handover withdrawn = pending(other);
        withdrawn.withdraw("ann", NOW);
        assertConflict("the handover was already withdrawn", () -> withdrawn.withdraw("ann", LATER));
        assertConflict("the handover was already withdrawn", () -> withdrawn.accept(other, false, "dirk", LATER));
        assertConflict("the handover was already withdrawn", () -> withdrawn.decline(other, "dirk", LATER));
        assertEquals(NOW, withdrawn.decidedAt);
        assertEquals("ann", other.leadUsername);
    }

    @Test
    void acceptingATransitionHandoverEndsTheTransitionBeingDueButAnotherReasonDoesNot() {
        CareCase c = careCase(CaseStatus.OPEN);
        assertFalse(c.transitionHandedOver);
        pending(c).accept(c, false, "dirk", LATER); // AGE_18_TRANSITION
        assertTrue(c.transitionHandedOver);

        CareCase moved = careCase(CaseStatus.OPEN);
        Handover move = Handover.request(moved, false, new NewHandover(HandoverScope.CASE, HandoverReason.MOVE,
                "dirk", "guardian", null), TODAY, from(), "ann", NOW).handover();
        move.accept(moved, false, "dirk", LATER);
        assertFalse(moved.transitionHandedOver);

        CareCase declined = careCase(CaseStatus.OPEN);
        pending(declined).decline(declined, "dirk", LATER);
        assertFalse(declined.transitionHandedOver);
    }

    private static void assertAnsweredAndNothingChangedHands(Handover h, HandoverStatus status, String by,
                                                             CareCase c) {
        assertEquals(status, h.status);
        assertEquals(by, h.decidedBy);
        assertEquals(LATER, h.decidedAt);
        assertEquals("ann", c.leadUsername);
    }

    private static Handover pending(CareCase c) {
        return Handover.request(c, false, body("dirk", "guardian", null), TODAY, from(), "ann", NOW).handover();
    }

    private static NewHandover body(String toUsername, String toOrganisation, LocalDate dueBy) {
        return new NewHandover(HandoverScope.LEAD, HandoverReason.AGE_18_TRANSITION, toUsername, toOrganisation,
                dueBy);
    }

    private static CaseMember from() {
        CaseMember m = new CaseMember();
        m.username = "ann";
        m.organisation = "school";
        return m;
    }
}
