package org.carebridge.network.escalation;

import org.carebridge.network.erased.ErasedCase;
import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.network.vocabulary.Intensity;
import org.carebridge.network.vocabulary.TriedMeasure;
import org.carebridge.network.vocabulary.Urgency;
import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every transition of the escalation, allowed and refused, on the aggregate alone: no Quarkus, no database. Each
 * escalation is brought to its state through the transitions themselves, never by setting its status.
 */
class EscalationTransitionsTest {

    private static final String OWNER = "olga";
    private static final String COLLEAGUE = "colin";
    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = RECEIVED.plusHours(3);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 12);

    // --- received ---

    @Test
    void aReceivedEscalationIsNewDueAndJustNotified() {
        Escalation e = received();
        assertEquals(EscalationStatus.NEW, e.status);
        assertEquals(DUE, e.dueDate);
        assertEquals(RECEIVED, e.receivedAt);
        assertEquals(RECEIVED, e.lastNotifiedAt);
        assertNull(e.owner);
        assertEquals(List.of(Domain.SCHOOL.name()), e.domains);
    }

    // --- claim ---

    @Test
    void aNewEscalationIsClaimedByItsCaller() {
        Escalation e = received();
        assertTrue(e.claim(OWNER, LATER));
        assertEquals(EscalationStatus.CLAIMED, e.status);
        assertEquals(OWNER, e.owner);
        assertEquals(LATER, e.claimedAt);
    }

    @Test
    void claimingAgainWhatOneOwnsChangesNothing() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertFalse(e.claim(OWNER, LATER.plusDays(1)));
        assertEquals(EscalationStatus.CLAIMED, e.status);
        assertEquals(LATER, e.claimedAt);
    }

    @Test
    void anEscalationAColleagueClaimedIsNotClaimedAgain() {
        Escalation e = in(EscalationStatus.CLAIMED);
        ProblemException refused = conflict(() -> e.claim(COLLEAGUE, LATER));
        assertEquals("escalation is CLAIMED, owned by olga; only a NEW escalation can be claimed",
                refused.getMessage());
        assertEquals(OWNER, e.owner);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"REFERRED", "ADVISED", "RESOLVED", "WITHDRAWN"})
    void onlyANewEscalationIsClaimed(EscalationStatus status) {
        Escalation e = in(status);
        conflict(() -> e.claim(OWNER, LATER));
        assertEquals(status, e.status);
    }

    // --- note ---

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"NEW", "CLAIMED", "REFERRED", "ADVISED"})
    void anyCoordinatorNotesAnOpenEscalation(EscalationStatus status) {
        Escalation e = in(status);
        EscalationNote note = e.note("called the school", COLLEAGUE, LATER);
        assertEquals(e.id, note.escalationId);
        assertEquals("called the school", note.text);
        assertEquals(COLLEAGUE, note.writtenBy);
        assertEquals(status, e.status);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void aClosedEscalationTakesNoNote(EscalationStatus status) {
        Escalation e = in(status);
        assertEquals("escalation is already " + status, conflict(() -> e.note("late", OWNER, LATER)).getMessage());
    }

    // --- due date and consultation table: the owner's, while open ---

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED"})
    void theOwnerMovesTheDueDateWhileOpen(EscalationStatus status) {
        Escalation e = in(status);
        e.moveDueDate(DUE.plusDays(7), OWNER);
        assertEquals(DUE.plusDays(7), e.dueDate);
        assertEquals(status, e.status);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED"})
    void theOwnerConvenesATableWhileOpen(EscalationStatus status) {
        Escalation e = in(status);
        Consultation c = e.convene(table(), OWNER, LATER);
        assertEquals(e.id, c.escalationId);
        assertEquals(List.of("tom"), c.members);
        assertEquals(OWNER, c.convenedBy);
        assertEquals(status, e.status);
    }

    @Test
    void aNewEscalationIsClaimedBeforeItsOwnerWorksOnIt() {
        Escalation e = received();
        assertEquals("escalation is NEW; claim it before you set its due date",
                conflict(() -> e.moveDueDate(DUE.plusDays(1), OWNER)).getMessage());
        assertEquals("escalation is NEW; claim it before you convene a consultation table",
                conflict(() -> e.convene(table(), OWNER, LATER)).getMessage());
        assertEquals(DUE, e.dueDate);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void aClosedEscalationKeepsItsDueDateAndTakesNoTable(EscalationStatus status) {
        Escalation e = in(status);
        conflict(() -> e.moveDueDate(DUE.plusDays(1), OWNER));
        conflict(() -> e.convene(table(), OWNER, LATER));
        assertEquals(DUE, e.dueDate);
    }

    @Test
    void aColleagueNeitherMovesTheDueDateNorConvenes() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertEquals("only the owner of the escalation (olga) may set its due date",
                forbidden(() -> e.moveDueDate(DUE.plusDays(1), COLLEAGUE)).getMessage());
        forbidden(() -> e.convene(table(), COLLEAGUE, LATER));
        assertEquals(DUE, e.dueDate);
    }

    // --- refer ---

    @Test
    void theOwnerRefersAClaimedEscalation() {
        Escalation e = in(EscalationStatus.CLAIMED);
        e.refer(OWNER);
        assertEquals(EscalationStatus.REFERRED, e.status);
    }

    @Test
    void aNewEscalationIsClaimedBeforeItIsReferred() {
        Escalation e = received();
        assertEquals("escalation is NEW; claim it before referring it", conflict(() -> e.refer(OWNER)).getMessage());
        assertEquals(EscalationStatus.NEW, e.status);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"REFERRED", "ADVISED", "RESOLVED", "WITHDRAWN"})
    void anEscalationIsReferredOnce(EscalationStatus status) {
        Escalation e = in(status);
        assertEquals("escalation is already " + status, conflict(() -> e.refer(OWNER)).getMessage());
        assertEquals(status, e.status);
    }

    @Test
    void aColleagueDoesNotRefer() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertEquals("only the owner of the escalation (olga) may refer it",
                forbidden(() -> e.refer(COLLEAGUE)).getMessage());
        assertEquals(EscalationStatus.CLAIMED, e.status);
    }

    // --- advised ---

    @Test
    void adviceOnAReferredEscalationMakesItAdvised() {
        Escalation e = in(EscalationStatus.REFERRED);
        assertTrue(e.advised());
        assertEquals(EscalationStatus.ADVISED, e.status);
    }

    /** Resolved or withdrawn meanwhile: the ending stands. Before a referral (or a second time) it cannot come. */
    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"NEW", "CLAIMED", "ADVISED", "RESOLVED", "WITHDRAWN"})
    void adviceMovesOnlyAReferredEscalation(EscalationStatus status) {
        Escalation e = in(status);
        assertFalse(e.advised());
        assertEquals(status, e.status);
    }

    // --- resolve ---

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED"})
    void theOwnerResolvesAnOpenEscalationAndTellsCaseService(EscalationStatus status) {
        Escalation e = in(status);
        EscalationResolvedV1 event = e.resolve(Outcome.PARTLY_UNBLOCKED, "try [removed]", List.of("date"), OWNER,
                LATER);
        assertEquals(EscalationStatus.RESOLVED, e.status);
        assertEquals(Outcome.PARTLY_UNBLOCKED, e.outcome);
        assertEquals("try [removed]", e.resolutionAdvice);
        assertEquals(List.of("date"), e.resolutionAdviceRemoved);
        assertEquals(new EscalationResolvedV1(e.id, e.caseId, "north", Outcome.PARTLY_UNBLOCKED, "try [removed]",
                OWNER, LATER), event);
    }

    @Test
    void aNewEscalationIsClaimedBeforeItIsResolved() {
        Escalation e = received();
        assertEquals("escalation is NEW; claim it before you resolve it", conflict(() -> resolve(e, OWNER))
                .getMessage());
        assertNull(e.outcome);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void anEscalationIsResolvedOnlyWhileOpen(EscalationStatus status) {
        Escalation e = in(status);
        Outcome before = e.outcome;
        conflict(() -> resolve(e, OWNER));
        assertEquals(status, e.status);
        assertEquals(before, e.outcome);
    }

    @Test
    void aColleagueDoesNotResolve() {
        Escalation e = in(EscalationStatus.CLAIMED);
        forbidden(() -> resolve(e, COLLEAGUE));
        assertEquals(EscalationStatus.CLAIMED, e.status);
        assertNull(e.outcome);
    }

    // --- withdrawn ---

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"NEW", "CLAIMED", "REFERRED", "ADVISED"})
    void theTeamWithdrawsAnOpenEscalation(EscalationStatus status) {
        Escalation e = in(status);
        assertTrue(e.withdrawn("tom", LATER));
        assertEquals(EscalationStatus.WITHDRAWN, e.status);
        assertEquals("tom", e.withdrawnBy);
        assertEquals(LATER, e.withdrawnAt);
    }

    @Test
    void aWithdrawalAfterTheResolutionIsRecordedButTheResolutionStands() {
        Escalation e = in(EscalationStatus.RESOLVED);
        assertTrue(e.withdrawn("tom", LATER));
        assertEquals(EscalationStatus.RESOLVED, e.status);
        assertEquals("tom", e.withdrawnBy);
    }

    @Test
    void aSecondWithdrawalChangesNothing() {
        Escalation e = in(EscalationStatus.WITHDRAWN);
        OffsetDateTime first = e.withdrawnAt;
        assertFalse(e.withdrawn("tina", LATER.plusDays(1)));
        assertEquals(first, e.withdrawnAt);
        assertEquals("tom", e.withdrawnBy);
    }

    // --- the watch: re-notified while unclaimed, climbed once when overdue ---

    @Test
    void anUnclaimedEscalationIsRenotified() {
        Escalation e = received();
        e.renotified(LATER);
        e.renotified(LATER.plusDays(1));
        assertEquals(2, e.renotifications);
        assertEquals(LATER.plusDays(1), e.lastNotifiedAt);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED", "RESOLVED", "WITHDRAWN"})
    void onlyAnUnclaimedEscalationIsRenotified(EscalationStatus status) {
        Escalation e = in(status);
        conflict(() -> e.renotified(LATER));
        assertEquals(0, e.renotifications);
        assertEquals(RECEIVED, e.lastNotifiedAt);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"NEW", "CLAIMED", "REFERRED", "ADVISED"})
    void anOpenEscalationClimbsOnce(EscalationStatus status) {
        Escalation e = in(status);
        e.climbed("lena", LATER);
        assertEquals("lena", e.climbedTo);
        assertEquals(LATER, e.climbedAt);
        conflict(() -> e.climbed("other", LATER.plusDays(1)));
        assertEquals("lena", e.climbedTo);
        assertEquals(LATER, e.climbedAt);
    }

    @Test
    void withNoLeadTheEscalationClimbsToTheWholeRegion() {
        Escalation e = received();
        e.climbed(null, LATER);
        assertEquals(LATER, e.climbedAt);
        assertNull(e.climbedTo);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void aClosedEscalationDoesNotClimb(EscalationStatus status) {
        Escalation e = in(status);
        conflict(() -> e.climbed("lena", LATER));
        assertNull(e.climbedAt);
    }

    // --- blanking its texts ---

    @Test
    void itsTextsAreBlankedOnce() {
        Escalation e = in(EscalationStatus.RESOLVED);
        assertTrue(e.blankTexts(LATER));
        assertEquals(ErasedCase.TEXT, e.whatWasTried);
        assertEquals(ErasedCase.TEXT, e.resolutionAdvice);
        assertEquals(LATER, e.textsErasedAt);
        assertFalse(e.blankTexts(LATER.plusDays(1)));
        assertEquals(LATER, e.textsErasedAt);
    }

    @Test
    void anUnresolvedEscalationHasNoAdviceToBlank() {
        Escalation e = received();
        assertTrue(e.blankTexts(LATER));
        assertEquals(ErasedCase.TEXT, e.whatWasTried);
        assertNull(e.resolutionAdvice);
    }

    // --- helpers ---

    /** An escalation brought to {@code status} by the transitions, claimed (when it was) by OWNER. */
    private static Escalation in(EscalationStatus status) {
        Escalation e = received();
        switch (status) {
            case NEW -> { }
            case CLAIMED -> e.claim(OWNER, LATER);
            case REFERRED -> { e.claim(OWNER, LATER); e.refer(OWNER); }
            case ADVISED -> { e.claim(OWNER, LATER); e.refer(OWNER); e.advised(); }
            case RESOLVED -> { e.claim(OWNER, LATER); resolve(e, OWNER); }
            case WITHDRAWN -> e.withdrawn("tom", LATER);
        }
        assertEquals(status, e.status, "set-up");
        return e;
    }

    private static Escalation received() {
        CaseEscalatedV1 data = new CaseEscalatedV1(UUID.randomUUID(), UUID.randomUUID(), "north", "a".repeat(64),
                AgeBand.values()[0], List.of(Domain.SCHOOL), Intensity.LIGHT, Barrier.HOUSING, Urgency.MEDIUM,
                "tried a host family", List.of(TriedMeasure.TEAM_MEETING), "tom", RECEIVED.minusDays(1));
        return Escalation.received(data, RECEIVED, DUE);
    }

    private static EscalationResolvedV1 resolve(Escalation e, String by) {
        return e.resolve(Outcome.UNBLOCKED, "advice", List.of(), by, LATER);
    }

    private static BridgeRequests.Consultation table() {
        return new BridgeRequests.Consultation(LATER.plusDays(2), "housing", List.of("tom"), List.of("Host Homes"));
    }

    private static ProblemException conflict(Executable transition) {
        return refused(409, transition);
    }

    private static ProblemException forbidden(Executable transition) {
        return refused(403, transition);
    }

    private static ProblemException refused(int status, Executable transition) {
        ProblemException refused = assertThrows(ProblemException.class, transition);
        assertEquals(status, refused.toProblem().status());
        return refused;
    }
}
