package org.carebridge.advisory.referral;

import org.carebridge.advisory.vocabulary.AgeBand;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.advisory.vocabulary.Intensity;
import org.carebridge.advisory.vocabulary.TriedMeasure;
import org.carebridge.advisory.vocabulary.Urgency;
import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transition of the referral, allowed and refused, on the aggregate alone (no database, no server). */
class ReferralTransitionsTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    static ReferredToAdvisoryV1 referred(String question) {
        return new ReferredToAdvisoryV1(UUID.randomUUID(), UUID.randomUUID(), "ab".repeat(32), "north",
                AgeBand.FROM_16_TO_17, List.of(Domain.SCHOOL, Domain.WORK), Intensity.INTENSIVE, Barrier.HOUSING,
                Urgency.HIGH, List.of(TriedMeasure.TEAM_MEETING), question, "bea", T0.minusDays(1),
                List.of(new ReferredToAdvisoryV1.Step("CLAIMED", T0.minusDays(3))));
    }

    static final LocalDate DUE = T0.toLocalDate().plusDays(7);

    static Referral open() {
        return Referral.received(referred("Which school takes her after 18?"), T0, DUE);
    }

    static Referral advised() {
        Referral r = open();
        r.advise("advice", "ada", T0);
        return r;
    }

    static Referral closed() {
        Referral r = open();
        r.close("the bridge found a place after all", "ada", T0);
        return r;
    }

    static ReferralStep.Decision notFinal(String text) {
        return new ReferralStep.Decision(text, "ada", DUE, false);
    }

    static ReferralStep.Decision finalDecision(String text) {
        return new ReferralStep.Decision(text, null, null, true);
    }

    static void assertRefused(int status, String field, Runnable transition) {
        ProblemException refused = assertThrows(ProblemException.class, transition::run);
        assertEquals(status, refused.toProblem().status());
        if (field != null) {
            assertEquals(field, refused.toProblem().errors().get(0).field());
        }
    }

    @Test
    void receivedIsOpenWithTheDigestAndNoDateInTheQuestion() {
        ReferredToAdvisoryV1 data = referred("Born 14 March 2009, which school takes her?");
        Referral r = Referral.received(data, T0, DUE);
        assertAll(
                () -> assertEquals(ReferralStatus.OPEN, r.status()),
                () -> assertEquals(data.referralId(), r.id),
                () -> assertEquals(List.of("SCHOOL", "WORK"), r.domains),
                () -> assertEquals(List.of("TEAM_MEETING"), r.triedMeasures),
                () -> assertEquals("CLAIMED", r.bridgeSteps.get(0).step),
                () -> assertEquals("Born " + BirthDates.REMOVED + ", which school takes her?", r.question()),
                () -> assertEquals(T0, r.receivedAt),
                () -> assertEquals(DUE, r.dueDate()),
                () -> assertNull(r.owner()),
                () -> assertNull(r.handledInSession()),
                () -> assertNull(r.erasedAt()));
    }

    @Test
    void anOpenReferralIsAdvisedAndSaysWhatWasGiven() {
        Referral r = open();
        Referral.Advised given = r.advise("Ask the reception class for a bridging year.", "ada", T0);
        assertEquals(ReferralStatus.ADVISED, r.status());
        assertNotNull(given.adviceId());
        assertEquals(new Referral.Advised(r, given.adviceId(), "Ask the reception class for a bridging year.", "ada",
                T0), given);
    }

    @Test
    void theAdviceGivenLeavesAsTheEventTheBridgeAndTheTeamRead() {
        Referral r = open();
        Referral.Advised given = r.advise("Ask the reception class for a bridging year.", "ada", T0);
        AdviceGivenV1 event = AdviceGivenV1.of(given);
        assertEquals(new AdviceGivenV1(given.adviceId(), r.id, r.escalationId, r.pseudonym,
                "Ask the reception class for a bridging year.", "ada", T0), event);
        assertAll(
                () -> assertEquals("advisory.advice", event.topic()),
                () -> assertEquals("advisory.advice-given.v1", event.type()),
                () -> assertEquals(r.pseudonym, event.key()),
                () -> assertEquals(r.id.toString(), event.subject()));
    }

    @Test
    void anAdvisedReferralRefusesASecondAdviceWith409() {
        Referral r = open();
        r.advise("first", "ada", T0);
        ProblemException refused = assertThrows(ProblemException.class, () -> r.advise("second", "bob", T0));
        assertEquals(409, refused.toProblem().status());
        assertEquals(ReferralStatus.ADVISED, r.status());
    }

    @Test
    void aClosedReferralRefusesAdviceWith409AndStaysClosed() {
        Referral r = closed();
        assertRefused(409, null, () -> r.advise("late advice", "ada", T0));
        assertEquals(ReferralStatus.CLOSED, r.status());
    }

    @Test
    void anOpenReferralGetsAnOwnerAndSaysSo() {
        Referral r = open();
        ReferralStep step = r.assignOwner("ada", "bea", T0);
        assertEquals("ada", r.owner());
        assertEquals(new ReferralStep(r, ReferralStep.Kind.OWNER_SET, "bea", T0, null, null, null, "owner ada"), step);
        assertEquals("eve", r.assignOwner("eve", "ada", T0.plusHours(1)).referral().owner());
    }

    @Test
    void theSameOwnerAgainOrAnEndedReferralRefusesAnOwnerWith409() {
        Referral r = open();
        r.assignOwner("ada", "ada", T0);
        assertRefused(409, null, () -> r.assignOwner("ada", "ada", T0));
        assertRefused(409, null, () -> advised().assignOwner("ada", "ada", T0));
        assertRefused(409, null, () -> closed().assignOwner("ada", "ada", T0));
        assertEquals("ada", r.owner());
    }

    @Test
    void anOpenReferralIsTakenUpInASessionWithoutChangingIt() {
        Referral r = open();
        UUID session = UUID.randomUUID();
        ReferralStep step = r.takenUp(session, "ada", T0);
        assertEquals(ReferralStep.Kind.TAKEN_UP, step.kind());
        assertEquals(session, step.sessionId());
        assertEquals(ReferralStatus.OPEN, r.status());
        assertNull(r.handledInSession());
    }

    @Test
    void aReferralWithAFinalDecisionOrEndedIsNotTakenUpAgain() {
        Referral decided = open();
        decided.decide(UUID.randomUUID(), finalDecision("we advise next week"), "ada", T0);
        assertRefused(409, null, () -> decided.takenUp(UUID.randomUUID(), "ada", T0));
        assertRefused(409, null, () -> advised().takenUp(UUID.randomUUID(), "ada", T0));
        assertRefused(409, null, () -> closed().takenUp(UUID.randomUUID(), "ada", T0));
    }

    @Test
    void aDecisionThatIsNotFinalKeepsTheReferralOpenAndOnTheAgenda() {
        Referral r = open();
        UUID session = UUID.randomUUID();
        ReferralStep step = r.decide(session, notFinal("ask the school board first"), "ada", T0);
        assertAll(
                () -> assertEquals(ReferralStep.Kind.DECISION, step.kind()),
                () -> assertEquals(session, step.sessionId()),
                () -> assertEquals(notFinal("ask the school board first"), step.decision()),
                () -> assertEquals(ReferralStatus.OPEN, r.status()),
                () -> assertNull(r.handledInSession()),
                () -> assertEquals(1, r.decisions().size()),
                () -> assertFalse(r.decisions().get(0).isFinal),
                () -> assertEquals("ada", r.decisions().get(0).owner),
                () -> assertEquals(DUE, r.decisions().get(0).dueDate));
        // the next session may take it up again
        assertEquals(ReferralStep.Kind.TAKEN_UP, r.takenUp(UUID.randomUUID(), "ada", T0.plusDays(7)).kind());
    }

    @Test
    void theFirstFinalDecisionTakesItOffTheAgendaAndALaterSessionDoesNotTakeItOver() {
        Referral r = open();
        UUID first = UUID.randomUUID();
        r.decide(UUID.randomUUID(), notFinal("not yet"), "ada", T0);
        r.decide(first, finalDecision("advise a bridging class"), "ada", T0.plusDays(7));
        r.decide(UUID.randomUUID(), finalDecision("confirmed"), "ada", T0.plusDays(14));
        assertEquals(first, r.handledInSession());
        assertEquals(3, r.decisions().size());
        assertEquals(ReferralStatus.OPEN, r.status());
    }

    @Test
    void aDecisionOnAnAdvisedReferralIsKeptButAClosedOneRefusesIt() {
        Referral advised = advised();
        advised.decide(UUID.randomUUID(), finalDecision("noted"), "ada", T0);
        assertEquals(ReferralStatus.ADVISED, advised.status());
        assertRefused(409, null, () -> closed().decide(UUID.randomUUID(), finalDecision("x"), "ada", T0));
    }

    @Test
    void aDecisionThatIsNotFinalNeedsAnOwnerAndADueDateWithinAYear() {
        Referral r = open();
        UUID s = UUID.randomUUID();
        assertRefused(400, "owner", () -> r.decide(s, new ReferralStep.Decision("x", null, DUE, false), "ada", T0));
        assertRefused(400, "dueDate", () -> r.decide(s, new ReferralStep.Decision("x", "ada", null, false), "ada", T0));
        assertRefused(400, "dueDate", () -> r.decide(s,
                new ReferralStep.Decision("x", "ada", T0.toLocalDate().minusDays(1), false), "ada", T0));
        assertRefused(400, "dueDate", () -> r.decide(s,
                new ReferralStep.Decision("x", "ada", T0.toLocalDate().plusYears(1).plusDays(1), true), "ada", T0));
        assertTrue(r.decisions().isEmpty());
    }

    @Test
    void anOpenReferralIsRemindedOnce() {
        Referral r = open();
        ReferralStep step = r.remind(T0.plusDays(5));
        assertEquals(ReferralStep.Kind.REMINDED, step.kind());
        assertEquals(ReferralStep.SYSTEM, step.actor());
        assertEquals(T0.plusDays(5), r.remindedAt());
        assertRefused(409, null, () -> r.remind(T0.plusDays(6)));
        assertRefused(409, null, () -> advised().remind(T0));
        assertRefused(409, null, () -> closed().remind(T0));
    }

    @Test
    void anOverdueOpenReferralClimbsToTheChairOnce() {
        Referral r = open();
        OffsetDateTime overdue = T0.plusDays(8);
        ReferralStep step = r.climb("chair", overdue);
        assertEquals(ReferralStep.Kind.CLIMBED, step.kind());
        assertEquals(ReferralStep.SYSTEM, step.actor());
        assertEquals("chair", r.climbedTo());
        assertRefused(409, null, () -> r.climb("chair", overdue.plusDays(1)));
    }

    @Test
    void aReferralNotYetOverdueOrEndedDoesNotClimb() {
        assertRefused(409, null, () -> open().climb("chair", T0.plusDays(7))); // on its due date: not yet
        assertRefused(409, null, () -> advised().climb("chair", T0.plusDays(30)));
        assertRefused(409, null, () -> closed().climb("chair", T0.plusDays(30)));
        Referral noChair = open();
        noChair.climb(null, T0.plusDays(8));
        assertNull(noChair.climbedTo());
    }

    @Test
    void anOpenReferralIsClosedWithAReasonAndThenRefusesAdvice() {
        Referral r = open();
        ReferralStep step = r.close("  the bridge found a place after all ", "ada", T0);
        assertEquals(ReferralStatus.CLOSED, r.status());
        assertEquals("the bridge found a place after all", r.closeReason());
        assertEquals("the bridge found a place after all", step.reason());
        assertEquals(ReferralStep.Kind.CLOSED, step.kind());
        assertEquals(T0, r.closedAt());
        assertRefused(409, null, () -> r.advise("late advice", "ada", T0));
        assertRefused(409, null, () -> r.close("again", "ada", T0));
    }

    @Test
    void closingNeedsAReasonAndOnlyAnOpenReferral() {
        Referral r = open();
        assertRefused(400, "reason", () -> r.close(" ", "ada", T0));
        assertRefused(400, "reason", () -> r.close(null, "ada", T0));
        assertEquals(ReferralStatus.OPEN, r.status());
        assertRefused(409, null, () -> advised().close("why", "ada", T0));
    }

    @Test
    void blankingTheFreeTextKeepsTheStructureInAnyStatus() {
        Referral open = open();
        assertTrue(open.blankFreeText(T0));
        assertEquals(Referral.ERASED, open.question());
        assertEquals(T0, open.erasedAt());
        assertEquals(ReferralStatus.OPEN, open.status());
        assertEquals(Barrier.HOUSING, open.barrier);

        Referral advised = open();
        advised.advise("advice", "ada", T0);
        assertTrue(advised.blankFreeText(T0.plusDays(1)));
        assertEquals(Referral.ERASED, advised.question());
        assertEquals(ReferralStatus.ADVISED, advised.status());
    }

    @Test
    void blankingTheFreeTextTakesTheDecisionsAndTheClosuresReasonToo() {
        Referral r = open();
        r.decide(UUID.randomUUID(), notFinal("ask the school board"), "ada", T0);
        r.close("found a place", "ada", T0);
        assertEquals(List.of("ask the school board", "found a place"), r.stepTexts());
        r.blankFreeText(T0.plusDays(1));
        assertEquals(Referral.ERASED, r.decisions().get(0).text);
        assertEquals(Referral.ERASED, r.closeReason());
        assertEquals(List.of(), r.stepTexts());
    }

    @Test
    void aBlankedReferralIsNotBlankedAgainAndKeepsItsFirstErasure() {
        Referral r = open();
        r.blankFreeText(T0);
        assertFalse(r.blankFreeText(T0.plusDays(1)));
        assertEquals(T0, r.erasedAt());
    }

    @Test
    void aBlankedOpenReferralMayStillBeAdvised() {
        // as before the aggregate: the advice is new text of the advisory group, the erasure took the bridge's
        Referral r = open();
        r.blankFreeText(T0);
        r.advise("advice", "ada", T0.plusHours(1));
        assertEquals(ReferralStatus.ADVISED, r.status());
    }
}
