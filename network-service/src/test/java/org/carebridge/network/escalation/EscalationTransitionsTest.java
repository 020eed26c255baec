package org.carebridge.network.escalation;

import org.carebridge.network.erased.ErasedCase;
import org.carebridge.network.notification.BridgeNotification;
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

import java.time.Duration;
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
    private static final String LEAD = "lena";
    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = RECEIVED.plusHours(3);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 12);
    /** Moved on the day after arrival, at most 30 days ahead. */
    private static final DueDates.Window WINDOW =
            new DueDates.Window(LATER.toLocalDate(), LATER.toLocalDate().plusDays(30));

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
        BridgeStep.Taken step = e.claim(OWNER, LATER).orElseThrow();
        assertEquals(new BridgeStep.Taken(e, BridgeStep.Kind.CLAIMED, OWNER, LATER, null, null, null,
                BridgeStep.ForTeam.STATE, null), step);
        assertEquals(EscalationStatus.CLAIMED, e.status);
        assertEquals(OWNER, e.owner);
        assertEquals(LATER, e.claimedAt);
    }

    @Test
    void claimingAgainWhatOneOwnsChangesNothing() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertTrue(e.claim(OWNER, LATER.plusDays(1)).isEmpty());
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
        BridgeStep.Taken step = e.note("called the school", false, COLLEAGUE, LATER);
        EscalationNote note = (EscalationNote) step.made();
        assertEquals(BridgeStep.Kind.NOTE_ADDED, step.kind());
        assertEquals("note " + note.id, step.auditDetail());
        assertNull(step.tell());
        assertNull(step.team(), "a note not marked for the team stays in the bridge");
        assertFalse(note.forTeam);
        assertEquals(e.id, note.escalationId);
        assertEquals("called the school", note.text);
        assertEquals(COLLEAGUE, note.writtenBy);
        assertEquals(status, e.status);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void aClosedEscalationTakesNoNote(EscalationStatus status) {
        Escalation e = in(status);
        assertEquals("escalation is already " + status,
                conflict(() -> e.note("late", true, OWNER, LATER)).getMessage());
    }

    @Test
    void aNoteMarkedForTheTeamGoesDownWithItsText() {
        Escalation e = in(EscalationStatus.CLAIMED);
        BridgeStep.Taken step = e.note("the school answers on Monday", true, COLLEAGUE, LATER);
        assertEquals(new BridgeStep.ForTeam(null, "the school answers on Monday", null), step.team());
        assertTrue(((EscalationNote) step.made()).forTeam);
    }

    // --- due date and consultation table: the owner's, while open ---

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED"})
    void theOwnerMovesTheDueDateWhileOpen(EscalationStatus status) {
        Escalation e = in(status);
        BridgeStep.Taken step = e.moveDueDate(DUE.plusDays(7), "waiting for the school", WINDOW, OWNER, LATER);
        assertEquals(BridgeStep.Kind.DUE_DATE_SET, step.kind());
        EscalationNote note = (EscalationNote) step.made();
        assertEquals("due " + DUE.plusDays(7) + " (was " + DUE + "), reason in note " + note.id, step.auditDetail());
        assertEquals("waiting for the school", note.text);
        assertEquals(OWNER, note.writtenBy);
        assertTrue(note.forTeam);
        assertEquals(new BridgeStep.ForTeam("waiting for the school", null, null), step.team(), "the team reads why");
        assertEquals(DUE.plusDays(7), e.dueDate);
        assertEquals(status, e.status);
    }

    @Test
    void theDueDateMovesNeitherIntoThePastNorBeyondTheLimit() {
        Escalation e = in(EscalationStatus.CLAIMED);
        LocalDate today = LATER.toLocalDate();
        assertEquals("dueDate", badRequest(() -> e.moveDueDate(today.minusDays(1), "late", WINDOW, OWNER, LATER)));
        assertEquals("dueDate", badRequest(() -> e.moveDueDate(today.plusDays(31), "a", WINDOW, OWNER, LATER)));
        assertEquals("dueDate", badRequest(() -> e.moveDueDate(LocalDate.of(2999, 12, 31), "a", WINDOW, OWNER, LATER)));
        assertEquals(DUE, e.dueDate);
        e.moveDueDate(today.plusDays(30), "the last allowed day", WINDOW, OWNER, LATER);
        assertEquals(today.plusDays(30), e.dueDate);
        e.moveDueDate(today, null, WINDOW, OWNER, LATER);
        assertEquals(today, e.dueDate);
    }

    @Test
    void movingTheDueDateLaterNeedsAReasonEarlierDoesNot() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertEquals("reason", badRequest(() -> e.moveDueDate(DUE.plusDays(1), null, WINDOW, OWNER, LATER)));
        assertEquals("reason", badRequest(() -> e.moveDueDate(DUE.plusDays(1), "  ", WINDOW, OWNER, LATER)));
        assertEquals(DUE, e.dueDate);
        BridgeStep.Taken earlier = e.moveDueDate(DUE.minusDays(2), null, WINDOW, OWNER, LATER);
        assertEquals(DUE.minusDays(2), e.dueDate);
        assertNull(earlier.made());
        assertEquals("due " + DUE.minusDays(2) + " (was " + DUE + ")", earlier.auditDetail());
        assertEquals(BridgeStep.ForTeam.STATE, earlier.team(), "the team reads the new date, no reason was given");
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED"})
    void theOwnerConvenesATableWhileOpen(EscalationStatus status) {
        Escalation e = in(status);
        BridgeStep.Taken step = Consultation.convene(e, table(), OWNER, LATER);
        Consultation c = (Consultation) step.made();
        assertEquals(BridgeStep.Kind.CONSULTATION_CONVENED, step.kind());
        assertEquals(new BridgeStep.ForTeam(null, null, c), step.team());
        assertEquals("consultation " + c.id, step.auditDetail());
        assertEquals(e.id, c.escalationId);
        assertEquals(List.of("tom"), c.members);
        assertEquals(OWNER, c.convenedBy);
        assertEquals(status, e.status);
    }

    @Test
    void aNewEscalationIsClaimedBeforeItsOwnerWorksOnIt() {
        Escalation e = received();
        assertEquals("escalation is NEW; claim it before you set its due date",
                conflict(() -> e.moveDueDate(DUE.plusDays(1), "why", WINDOW, OWNER, LATER)).getMessage());
        assertEquals("escalation is NEW; claim it before you convene a consultation table",
                conflict(() -> Consultation.convene(e, table(), OWNER, LATER)).getMessage());
        assertEquals(DUE, e.dueDate);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void aClosedEscalationKeepsItsDueDateAndTakesNoTable(EscalationStatus status) {
        Escalation e = in(status);
        conflict(() -> e.moveDueDate(DUE.plusDays(1), "why", WINDOW, OWNER, LATER));
        conflict(() -> Consultation.convene(e, table(), OWNER, LATER));
        assertEquals(DUE, e.dueDate);
    }

    @Test
    void aColleagueNeitherMovesTheDueDateNorConvenes() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertEquals("only the owner of the escalation (olga) may set its due date",
                forbidden(() -> e.moveDueDate(DUE.plusDays(1), "why", WINDOW, COLLEAGUE, LATER)).getMessage());
        forbidden(() -> Consultation.convene(e, table(), COLLEAGUE, LATER));
        assertEquals(DUE, e.dueDate);
    }

    // --- refer ---

    @Test
    void theOwnerRefersAClaimedEscalation() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertEquals(new BridgeStep.Taken(e, BridgeStep.Kind.REFERRED, OWNER, LATER, null, null, null,
                BridgeStep.ForTeam.STATE, null), e.refer(OWNER, LATER));
        assertEquals(EscalationStatus.REFERRED, e.status);
    }

    @Test
    void aNewEscalationIsClaimedBeforeItIsReferred() {
        Escalation e = received();
        assertEquals("escalation is NEW; claim it before referring it",
                conflict(() -> e.refer(OWNER, LATER)).getMessage());
        assertEquals(EscalationStatus.NEW, e.status);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"REFERRED", "ADVISED", "RESOLVED", "WITHDRAWN"})
    void anEscalationIsReferredOnce(EscalationStatus status) {
        Escalation e = in(status);
        assertEquals("escalation is already " + status, conflict(() -> e.refer(OWNER, LATER)).getMessage());
        assertEquals(status, e.status);
    }

    @Test
    void aColleagueDoesNotRefer() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertEquals("only the owner of the escalation (olga) may refer it",
                forbidden(() -> e.refer(COLLEAGUE, LATER)).getMessage());
        assertEquals(EscalationStatus.CLAIMED, e.status);
    }

    // --- advised ---

    @Test
    void adviceOnAReferredEscalationMakesItAdvised() {
        Escalation e = in(EscalationStatus.REFERRED);
        BridgeStep.Taken step = e.advised("ada", LATER);
        assertEquals(EscalationStatus.ADVISED, e.status);
        assertEquals(BridgeStep.Kind.ADVISED, step.kind());
        assertEquals("ada", step.actor());
        assertNull(step.team(), "the team has the advice from the advisory group itself");
    }

    /**
     * Resolved or withdrawn meanwhile: the ending stands, the advice is still a step of the bridge's. Before a
     * referral (or a second time) it cannot move the escalation either.
     */
    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"NEW", "CLAIMED", "ADVISED", "RESOLVED", "WITHDRAWN"})
    void adviceMovesOnlyAReferredEscalation(EscalationStatus status) {
        Escalation e = in(status);
        assertEquals(BridgeStep.Kind.ADVISED, e.advised("ada", LATER).kind());
        assertEquals(status, e.status);
    }

    // --- resolve ---

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED"})
    void theOwnerResolvesAnOpenEscalationAndTellsCaseService(EscalationStatus status) {
        Escalation e = in(status);
        BridgeStep.Taken step = e.resolve(Outcome.PARTLY_UNBLOCKED, "try [removed]", List.of("date"), OWNER,
                LATER);
        assertEquals(BridgeStep.Kind.RESOLVED, step.kind());
        assertNull(step.team(), "the team hears of it through network.escalation-resolved.v1");
        assertEquals(EscalationStatus.RESOLVED, e.status);
        assertEquals(Outcome.PARTLY_UNBLOCKED, e.outcome);
        assertEquals("try [removed]", e.resolutionAdvice);
        assertEquals(List.of("date"), e.resolutionAdviceRemoved);
        assertEquals(new EscalationResolvedV1(e.id, e.caseId, "north", Outcome.PARTLY_UNBLOCKED, "try [removed]",
                OWNER, LATER), step.sends());
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
        BridgeStep.Taken step = e.withdrawn("tom", LATER).orElseThrow();
        assertEquals(BridgeStep.Kind.WITHDRAWN, step.kind());
        assertEquals("tom", step.actor());
        assertNull(step.team(), "the team took this step itself");
        assertEquals(EscalationStatus.WITHDRAWN, e.status);
        assertEquals("tom", e.withdrawnBy);
        assertEquals(LATER, e.withdrawnAt);
    }

    @Test
    void aWithdrawalAfterTheResolutionIsRecordedButTheResolutionStands() {
        Escalation e = in(EscalationStatus.RESOLVED);
        assertTrue(e.withdrawn("tom", LATER).isPresent());
        assertEquals(EscalationStatus.RESOLVED, e.status);
        assertEquals("tom", e.withdrawnBy);
    }

    @Test
    void aSecondWithdrawalChangesNothing() {
        Escalation e = in(EscalationStatus.WITHDRAWN);
        OffsetDateTime first = e.withdrawnAt;
        assertTrue(e.withdrawn("tina", LATER.plusDays(1)).isEmpty());
        assertEquals(first, e.withdrawnAt);
        assertEquals("tom", e.withdrawnBy);
    }

    // --- the watch: re-notified while unclaimed, climbed once when overdue ---

    @Test
    void anUnclaimedEscalationIsRenotified() {
        Escalation e = received();
        BridgePersistence.renotified(e, LATER);
        BridgeStep.Taken step = BridgePersistence.renotified(e, LATER.plusDays(1));
        assertEquals(BridgeStep.Kind.RENOTIFIED, step.kind());
        assertEquals(BridgeStep.SYSTEM, step.actor());
        assertEquals(new BridgeNotification(BridgeNotification.Kind.RENOTIFIED, "north", null, e.id, e.caseId,
                "HOUSING · MEDIUM", LATER.plusDays(1)), step.tell());
        assertEquals(2, e.renotifications);
        assertEquals(LATER.plusDays(1), e.lastNotifiedAt);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED", "RESOLVED", "WITHDRAWN"})
    void onlyAnUnclaimedEscalationIsRenotified(EscalationStatus status) {
        Escalation e = in(status);
        conflict(() -> BridgePersistence.renotified(e, LATER));
        assertEquals(0, e.renotifications);
        assertEquals(RECEIVED, e.lastNotifiedAt);
    }

    @Test
    void aClaimedEscalationLeftQuietReNotifiesItsOwner() {
        Escalation e = in(EscalationStatus.CLAIMED);
        BridgeStep.Taken step = BridgePersistence.ownerRenotified(e, Duration.ofDays(3), LATER.plusDays(3));
        assertEquals(BridgeStep.Kind.RENOTIFIED, step.kind());
        assertEquals(BridgeStep.SYSTEM, step.actor());
        assertEquals(new BridgeNotification(BridgeNotification.Kind.RENOTIFIED, "north", OWNER, e.id, e.caseId,
                "HOUSING · " + DUE, LATER.plusDays(3)), step.tell());
        assertEquals("claimed by olga, no step for PT72H, re-notification 1", step.auditDetail());
        assertEquals(1, e.renotifications);
        assertEquals(LATER.plusDays(3), e.lastNotifiedAt);
        assertEquals(EscalationStatus.CLAIMED, e.status);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"NEW", "REFERRED", "ADVISED", "RESOLVED", "WITHDRAWN"})
    void onlyAClaimedEscalationReNotifiesItsOwner(EscalationStatus status) {
        Escalation e = in(status);
        conflict(() -> BridgePersistence.ownerRenotified(e, Duration.ofDays(3), LATER.plusDays(3)));
        assertEquals(0, e.renotifications);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"NEW", "CLAIMED", "REFERRED", "ADVISED"})
    void anOpenEscalationClimbsOnce(EscalationStatus status) {
        Escalation e = in(status);
        BridgeStep.Taken step = BridgePersistence.climbed(e, "lena", LATER);
        assertEquals(BridgeStep.Kind.CLIMBED, step.kind());
        assertEquals("due " + DUE + ", climbed to lena", step.auditDetail());
        assertEquals("lena", step.tell().recipient());
        assertEquals(BridgeNotification.Kind.CLIMBED, step.tell().kind());
        assertEquals("lena", e.climbedTo);
        assertEquals(LATER, e.climbedAt);
        conflict(() -> BridgePersistence.climbed(e, "other", LATER.plusDays(1)));
        assertEquals("lena", e.climbedTo);
        assertEquals(LATER, e.climbedAt);
    }

    @Test
    void withNoLeadTheEscalationClimbsToTheWholeRegion() {
        Escalation e = received();
        BridgeStep.Taken step = BridgePersistence.climbed(e, null, LATER);
        assertEquals(LATER, e.climbedAt);
        assertNull(e.climbedTo);
        assertNull(step.tell().recipient(), "every coordinator of the region");
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void aClosedEscalationDoesNotClimb(EscalationStatus status) {
        Escalation e = in(status);
        conflict(() -> BridgePersistence.climbed(e, "lena", LATER));
        assertNull(e.climbedAt);
    }

    // --- reassigned by the region's lead after the climb ---

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED"})
    void afterTheClimbTheLeadGivesItToAnotherCoordinator(EscalationStatus status) {
        Escalation e = climbed(status);
        BridgeStep.Taken step = reassign(e, COLLEAGUE, LEAD).orElseThrow();
        EscalationNote reason = (EscalationNote) step.made();
        assertEquals(COLLEAGUE, e.owner);
        assertEquals(status, e.status);
        assertEquals(BridgeStep.Kind.REASSIGNED, step.kind());
        assertEquals(LEAD, step.actor());
        assertEquals("olga is away", reason.text);
        assertEquals(LEAD, reason.writtenBy);
        assertEquals("from olga to colin, reason in note " + reason.id, step.auditDetail());
        assertEquals(new BridgeNotification(BridgeNotification.Kind.REASSIGNED, "north", COLLEAGUE, e.id, e.caseId,
                "reassigned to you by lena: HOUSING", LATER.plusDays(1)), step.tell());
    }

    @Test
    void anUnclaimedEscalationReassignedIsClaimedByItsNewOwner() {
        Escalation e = climbed(EscalationStatus.NEW);
        BridgeStep.Taken step = reassign(e, COLLEAGUE, LEAD).orElseThrow();
        assertEquals(EscalationStatus.CLAIMED, e.status);
        assertEquals(COLLEAGUE, e.owner);
        assertEquals(LATER.plusDays(1), e.claimedAt);
        assertEquals("from nobody to colin, reason in note " + ((EscalationNote) step.made()).id, step.auditDetail());
    }

    @Test
    void reassigningToItsOwnerChangesNothing() {
        Escalation e = climbed(EscalationStatus.CLAIMED);
        assertTrue(reassign(e, OWNER, LEAD).isEmpty());
        assertEquals(OWNER, e.owner);
    }

    @Test
    void onlyTheRegionsLeadReassigns() {
        Escalation e = climbed(EscalationStatus.CLAIMED);
        assertEquals("only the lead coordinator of region north may reassign",
                forbidden(() -> reassign(e, COLLEAGUE, OWNER)).getMessage());
        forbidden(() -> BridgePersistence.reassign(e, COLLEAGUE, "why", LEAD, null, anyone -> true, LATER));
        assertEquals(OWNER, e.owner);
    }

    @Test
    void beforeTheClimbOnlyItsOwnerActs() {
        Escalation e = in(EscalationStatus.CLAIMED);
        assertEquals("escalation has not climbed; only its owner acts on it until it does",
                conflict(() -> reassign(e, COLLEAGUE, LEAD)).getMessage());
        assertEquals(OWNER, e.owner);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void aClosedEscalationIsNotReassigned(EscalationStatus status) {
        Escalation e = in(status);
        String owner = e.owner;
        assertEquals("escalation is already " + status, conflict(() -> reassign(e, COLLEAGUE, LEAD)).getMessage());
        assertEquals(owner, e.owner);
    }

    @Test
    void theNewOwnerMustCoordinateTheRegion() {
        Escalation e = climbed(EscalationStatus.CLAIMED);
        ProblemException refused = refused(400, () -> BridgePersistence.reassign(e, "stranger", "why", LEAD, LEAD,
                COLLEAGUE::equals, LATER));
        assertEquals("owner", refused.toProblem().errors().get(0).field());
        assertEquals(OWNER, e.owner);
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
    static Escalation in(EscalationStatus status) {
        Escalation e = received();
        switch (status) {
            case NEW -> { }
            case CLAIMED -> e.claim(OWNER, LATER);
            case REFERRED -> { e.claim(OWNER, LATER); e.refer(OWNER, LATER); }
            case ADVISED -> { e.claim(OWNER, LATER); e.refer(OWNER, LATER); e.advised("ada", LATER); }
            case RESOLVED -> { e.claim(OWNER, LATER); resolve(e, OWNER); }
            case WITHDRAWN -> e.withdrawn("tom", LATER);
        }
        assertEquals(status, e.status, "set-up");
        return e;
    }

    /** In {@code status}, then overdue: climbed to LEAD. */
    private static Escalation climbed(EscalationStatus status) {
        Escalation e = in(status);
        BridgePersistence.climbed(e, LEAD, LATER);
        return e;
    }

    /** {@code by} gives it to {@code to}, LEAD being the region's lead and COLLEAGUE and OWNER its coordinators. */
    private static java.util.Optional<BridgeStep.Taken> reassign(Escalation e, String to, String by) {
        return BridgePersistence.reassign(e, to, "olga is away", by, LEAD,
                username -> List.of(OWNER, COLLEAGUE, LEAD).contains(username), LATER.plusDays(1));
    }

    private static Escalation received() {
        CaseEscalatedV1 data = new CaseEscalatedV1(UUID.randomUUID(), UUID.randomUUID(), "north", "a".repeat(64),
                AgeBand.values()[0], List.of(Domain.SCHOOL), Intensity.LIGHT, Barrier.HOUSING, Urgency.MEDIUM,
                "tried a host family", List.of(TriedMeasure.TEAM_MEETING), "tom", RECEIVED.minusDays(1));
        return Escalation.received(data, RECEIVED, DUE);
    }

    private static BridgeStep.Taken resolve(Escalation e, String by) {
        return e.resolve(Outcome.UNBLOCKED, "advice", List.of(), by, LATER);
    }

    private static BridgeRequests.Consultation table() {
        return new BridgeRequests.Consultation(LATER.plusDays(2), "housing", List.of("tom"), List.of("Host Homes"));
    }

    private static ProblemException conflict(Executable transition) {
        return refused(409, transition);
    }

    /** The field a 400 names. */
    private static String badRequest(Executable transition) {
        return refused(400, transition).toProblem().errors().get(0).field();
    }

    private static ProblemException forbidden(Executable transition) {
        return refused(403, transition);
    }

    static ProblemException refused(int status, Executable transition) {
        ProblemException refused = assertThrows(ProblemException.class, transition);
        assertEquals(status, refused.toProblem().status());
        return refused;
    }
}
