package org.carebridge.cases.escalation;

import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.carebridge.cases.support.AggregateFixtures.assertConflict;
import static org.carebridge.cases.support.AggregateFixtures.careCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transition of an escalation (and of its case's OPEN/ESCALATED), allowed and refused; plain objects. */
class EscalationTransitionsTest {

    private static final OffsetDateTime RAISED_AT = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = RAISED_AT.plusDays(2);
    private static final UUID ADVICE_ID = UUID.randomUUID();
    private static final NewEscalation BODY = new NewEscalation(Barrier.HOUSING, Urgency.HIGH,
            "  called three landlords  ", List.of(TriedMeasure.HOUSING_SEARCH, TriedMeasure.TEAM_MEETING));

    @Test
    void raisingOnAnOpenCaseEscalatesIt() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation.Raised raised = Escalation.raise(c, Optional.empty(), BODY, "ann", RAISED_AT);
        Escalation e = raised.escalation();
        assertSame(c, raised.careCase());
        assertEquals(EscalationStatus.RAISED, e.status);
        assertEquals(c.id, e.caseId);
        assertEquals("called three landlords", e.whatWasTried);
        assertEquals("ann", e.raisedBy);
        assertEquals(RAISED_AT, e.statusChangedAt);
        assertNull(e.endedBy);
        assertEquals(CaseStatus.ESCALATED, c.status);
    }

    @Test
    void raisingOnAClosedCaseIsRefused() {
        CareCase c = careCase(CaseStatus.CLOSED);
        assertConflict("the case is closed", () -> Escalation.raise(c, Optional.empty(), BODY, "ann", RAISED_AT));
        assertEquals(CaseStatus.CLOSED, c.status);
    }

    @Test
    void raisingWhileAnotherIsOpenIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation open = raised(c);
        assertConflict("this case already has an open escalation",
                () -> Escalation.raise(c, Optional.of(open), BODY, "ann", LATER));
    }

    @Test
    void raisingWithTheYouthsNameInWhatWasTriedIsABadField() {
        CareCase c = careCase(CaseStatus.OPEN);
        NewEscalation naming = new NewEscalation(Barrier.HOUSING, Urgency.LOW, "Amir needs a room",
                List.of(TriedMeasure.OTHER));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Escalation.raise(c, Optional.empty(), naming, "ann", RAISED_AT));
        assertEquals(400, refused.toProblem().status());
        assertEquals("whatWasTried", refused.toProblem().errors().get(0).field());
    }

    @Test
    void withdrawingAnOpenEscalationEndsItAndReopensTheCase() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation e = raised(c);
        Escalation.Withdrawn withdrawn = e.withdraw(c, "ann", LATER);
        assertTrue(withdrawn.caseReopened());
        assertEquals(EscalationStatus.WITHDRAWN, e.status);
        assertEquals("ann", e.withdrawnBy);
        assertEquals(LATER, e.withdrawnAt);
        assertEquals(LATER, e.statusChangedAt);
        assertEquals(EndedBy.TEAM, e.endedBy);
        assertEquals(CaseStatus.OPEN, c.status);
    }

    @Test
    void withdrawingAnAdvisedEscalationIsAllowed() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation e = raised(c);
        advise(e, RAISED_AT.plusDays(1));
        e.withdraw(c, "ann", LATER);
        assertEquals(EscalationStatus.WITHDRAWN, e.status);
        assertEquals(EndedBy.ADVISORY, e.endedBy, "the first tier that answered keeps the end");
        assertEquals(CaseStatus.OPEN, c.status);
    }

    @Test
    void withdrawingAClosedEscalationIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation withdrawn = raised(c);
        withdrawn.withdraw(c, "ann", LATER);
        assertConflict("the escalation is WITHDRAWN; only an open one can be withdrawn",
                () -> withdrawn.withdraw(c, "ann", LATER));

        Escalation resolved = raised(c);
        resolve(resolved, c);
        assertConflict("the escalation is RESOLVED; only an open one can be withdrawn",
                () -> resolved.withdraw(c, "ann", LATER));
    }

    @Test
    void withdrawingOnAClosedCaseLeavesItClosed() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation e = raised(c);
        c.status = CaseStatus.CLOSED;
        assertFalse(e.withdraw(c, "ann", LATER).caseReopened());
        assertEquals(CaseStatus.CLOSED, c.status);
    }

    @Test
    void theBridgesResolutionResolvesAnOpenEscalationAndReopensTheCase() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation e = raised(c);
        OffsetDateTime resolvedAt = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 123_456_789, ZoneOffset.ofHours(2));
        Escalation.Resolved resolved = e.resolveByBridge(c, ResolutionOutcome.UNBLOCKED, "  a room was found ",
                "bob", resolvedAt, LATER).orElseThrow();
        assertTrue(resolved.caseReopened());
        assertEquals(LATER, resolved.at());
        assertEquals(EscalationStatus.RESOLVED, e.status);
        assertEquals(LATER, e.statusChangedAt);
        assertEquals("a room was found", e.resolutionAdvice);
        assertEquals(ResolutionOutcome.UNBLOCKED, e.resolutionOutcome);
        assertEquals("bob", e.resolvedBy);
        assertEquals(OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 123_456_000, ZoneOffset.UTC), e.resolvedAt,
                "in UTC, to the microsecond PostgreSQL keeps");
        assertEquals(EndedBy.BRIDGE, e.endedBy);
        assertEquals(e.resolvedAt, e.endedAt);
        assertEquals(CaseStatus.OPEN, c.status);
    }

    @Test
    void aResolutionAfterWithdrawalKeepsWithdrawnButRecordsTheAnswer() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation e = raised(c);
        e.withdraw(c, "ann", RAISED_AT.plusDays(1));
        Escalation.Resolved resolved = resolve(e, c);
        assertFalse(resolved.caseReopened());
        assertEquals(EscalationStatus.WITHDRAWN, e.status);
        assertEquals(RAISED_AT.plusDays(1), e.statusChangedAt);
        assertEquals("bob", e.resolvedBy);
        assertEquals(EndedBy.TEAM, e.endedBy);
    }

    @Test
    void aSecondResolutionIsNotApplied() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation e = raised(c);
        resolve(e, c);
        assertTrue(e.resolveByBridge(c, ResolutionOutcome.NOT_UNBLOCKED, "other", "carl", LATER.plusDays(1),
                LATER.plusDays(1)).isEmpty());
        assertEquals(ResolutionOutcome.UNBLOCKED, e.resolutionOutcome);
        assertEquals("bob", e.resolvedBy);
    }

    @Test
    void adviceMovesARaisedEscalationToAdvisedAndEndsIt() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation e = raised(c);
        Escalation.Advised advised = advise(e, LATER);
        assertTrue(advised.nowAdvised());
        assertEquals(ADVICE_ID, advised.adviceId());
        assertEquals(LATER, advised.at());
        assertEquals(EscalationStatus.ADVISED, e.status);
        assertEquals(LATER, e.statusChangedAt);
        assertEquals(EndedBy.ADVISORY, e.endedBy);
        assertTrue(e.isOpen(), "the bridge still owns an advised escalation");
        assertEquals(CaseStatus.ESCALATED, c.status);
    }

    @Test
    void adviceOnAnAdvisedOrClosedEscalationChangesNoStatus() {
        CareCase c = careCase(CaseStatus.OPEN);
        Escalation advisedTwice = raised(c);
        advise(advisedTwice, RAISED_AT.plusDays(1));
        assertFalse(advise(advisedTwice, LATER).nowAdvised());
        assertEquals(RAISED_AT.plusDays(1), advisedTwice.statusChangedAt);
        advisedTwice.withdraw(c, "ann", LATER);

        Escalation resolved = raised(c);
        resolve(resolved, c);
        assertFalse(advise(resolved, LATER.plusDays(1)).nowAdvised());
        assertEquals(EscalationStatus.RESOLVED, resolved.status);
        assertEquals(EndedBy.BRIDGE, resolved.endedBy);
    }

    private static Escalation raised(CareCase c) {
        return Escalation.raise(c, Optional.empty(), BODY, "ann", RAISED_AT).escalation();
    }

    private static Escalation.Advised advise(Escalation e, OffsetDateTime at) {
        return e.advised(ADVICE_ID, "carl", "try the youth housing fund", at);
    }

    private static Escalation.Resolved resolve(Escalation e, CareCase c) {
        return e.resolveByBridge(c, ResolutionOutcome.UNBLOCKED, "a room", "bob", LATER, LATER).orElseThrow();
    }
}
