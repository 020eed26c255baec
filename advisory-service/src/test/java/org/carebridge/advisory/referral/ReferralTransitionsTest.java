package org.carebridge.advisory.referral;

import org.carebridge.advisory.vocabulary.AgeBand;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.advisory.vocabulary.Intensity;
import org.carebridge.advisory.vocabulary.TriedMeasure;
import org.carebridge.advisory.vocabulary.Urgency;
import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    static Referral open() {
        return Referral.received(referred("Which school takes her after 18?"), T0);
    }

    @Test
    void receivedIsOpenWithTheDigestAndNoDateInTheQuestion() {
        ReferredToAdvisoryV1 data = referred("Born 14 March 2009, which school takes her?");
        Referral r = Referral.received(data, T0);
        assertAll(
                () -> assertEquals(ReferralStatus.OPEN, r.status()),
                () -> assertEquals(data.referralId(), r.id),
                () -> assertEquals(List.of("SCHOOL", "WORK"), r.domains),
                () -> assertEquals(List.of("TEAM_MEETING"), r.triedMeasures),
                () -> assertEquals("CLAIMED", r.bridgeSteps.get(0).step),
                () -> assertEquals("Born " + BirthDates.REMOVED + ", which school takes her?", r.question()),
                () -> assertEquals(T0, r.receivedAt),
                () -> assertNull(r.handledInSession()),
                () -> assertNull(r.erasedAt()));
    }

    @Test
    void anOpenReferralIsAdvisedAndSaysWhatWasGiven() {
        Referral r = open();
        AdviceGivenV1 given = r.advise("Ask the reception class for a bridging year.", "ada", T0);
        assertEquals(ReferralStatus.ADVISED, r.status());
        assertEquals(new AdviceGivenV1(given.adviceId(), r.id, r.escalationId, r.pseudonym,
                "Ask the reception class for a bridging year.", "ada", T0), given);
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
    void theFirstSessionThatDecidesHandlesItAndALaterOneDoesNotTakeItOver() {
        Referral r = open();
        UUID first = UUID.randomUUID();
        assertTrue(r.handledIn(first));
        assertFalse(r.handledIn(UUID.randomUUID()));
        assertEquals(first, r.handledInSession());
    }

    @Test
    void handlingInASessionDoesNotChangeTheStatus() {
        Referral open = open();
        open.handledIn(UUID.randomUUID());
        assertEquals(ReferralStatus.OPEN, open.status());
        Referral advised = open();
        advised.advise("advice", "ada", T0);
        assertTrue(advised.handledIn(UUID.randomUUID()));
        assertEquals(ReferralStatus.ADVISED, advised.status());
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
