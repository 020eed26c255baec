package org.carebridge.cases.escalation.ladder;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.escalation.EscalationStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.support.AggregateFixtures.careCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The ladder of an escalation as steps of the bridge and the advisory group move it; plain objects. */
class LadderTransitionsTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 4);
    private static final OffsetDateTime RECEIVED = T0.plusDays(30);

    @Test
    void anEscalationWithoutStepsStandsAtTheTeam() {
        Escalation e = open();
        assertEquals(Tier.TEAM, e.tier());
        assertNull(e.bridgeOwner);
    }

    @Test
    void aClaimMovesItToTheBridgeWithOwnerAndDueDateAndMakesTheStepRow() {
        Escalation e = open();
        LadderStep claim = bridge("CLAIMED", "CLAIMED", T0, Map.of("owner", "bruno"));

        Escalation.StepTaken taken = e.stepTaken(claim, RECEIVED);

        assertSame(e, taken.escalation());
        assertEquals(Tier.TEAM, taken.before());
        assertEquals(Tier.BRIDGE, e.tier());
        assertEquals("CLAIMED", e.bridgeStatus);
        assertEquals("bruno", e.bridgeOwner);
        assertEquals(DUE, e.bridgeDueDate);
        EscalationStep row = taken.step();
        assertEquals(claim.stepId(), row.stepId);
        assertEquals(e.id, row.escalationId);
        assertEquals(Tier.BRIDGE, row.tier);
        assertEquals("CLAIMED", row.step);
        assertEquals("bruno", row.actor);
        assertEquals(T0, row.at);
        assertEquals(Map.of("owner", "bruno"), row.params);
        assertEquals(RECEIVED, row.receivedAt);
    }

    @Test
    void aStepWhileTheBridgeStatusIsStillNewCountsAsTheBridge() {
        Escalation e = open();
        e.stepTaken(bridge("DUE_DATE_SET", "NEW", T0, Map.of()), RECEIVED);
        assertEquals(Tier.BRIDGE, e.tier());
    }

    @Test
    void referringMovesItToTheAdvisoryGroupAndItsStepsSetTheAdvisoryOwner() {
        Escalation e = open();
        e.stepTaken(bridge("CLAIMED", "CLAIMED", T0, Map.of()), RECEIVED);
        e.stepTaken(bridge("REFERRED", "REFERRED", T0.plusHours(1), Map.of()), RECEIVED);
        assertEquals(Tier.ADVISORY, e.tier());

        Escalation.StepTaken owner = e.stepTaken(advisory("OWNER_SET", T0.plusHours(2), "ada"), RECEIVED);

        assertEquals(Tier.ADVISORY, owner.before());
        assertEquals(Tier.ADVISORY, e.tier());
        assertEquals("ada", e.advisoryOwner);
        assertEquals(DUE.plusDays(7), e.advisoryDueDate);
        assertEquals("bruno", e.bridgeOwner, "the bridge's owner stays");
        assertEquals(Tier.ADVISORY, owner.step().tier);
    }

    @Test
    void anAdvisoryStepAloneMovesItToTheAdvisoryGroupAndClosingWithoutAdviceBackToTheBridge() {
        Escalation e = open();
        e.stepTaken(advisory("TAKEN_UP", T0, "ada"), RECEIVED);
        assertEquals(Tier.ADVISORY, e.tier());
        e.stepTaken(advisory("CLOSED", T0.plusDays(1), "ada"), RECEIVED);
        assertEquals(Tier.BRIDGE, e.tier());
    }

    @Test
    void adviceHandsItBackToTheBridge() {
        Escalation e = open();
        e.stepTaken(bridge("REFERRED", "REFERRED", T0, Map.of()), RECEIVED);
        e.advised(UUID.randomUUID(), "ada", "Ask the ministry.", T0.plusDays(3));
        assertEquals(EscalationStatus.ADVISED, e.status);
        assertEquals(Tier.BRIDGE, e.tier());
    }

    @Test
    void anOlderStepOfTheOtherTierArrivingLateDoesNotMoveTheLadderBackButSetsItsOwner() {
        Escalation e = open();
        e.stepTaken(advisory("CLOSED", T0.plusDays(2), "ada"), RECEIVED);
        assertEquals(Tier.BRIDGE, e.tier());

        e.stepTaken(bridge("REFERRED", "REFERRED", T0, Map.of()), RECEIVED);

        assertEquals(Tier.BRIDGE, e.tier(), "the later closure stands");
        assertEquals("REFERRED", e.bridgeStatus, "the bridge's own fields follow its steps, which arrive in order");
    }

    @Test
    void theBridgeResolvingOrWithdrawingEndsTheLadderForGood() {
        Escalation resolved = open();
        resolved.stepTaken(bridge("RESOLVED", "RESOLVED", T0, Map.of()), RECEIVED);
        assertEquals(Tier.DONE, resolved.tier());
        resolved.stepTaken(advisory("REMINDED", T0.plusDays(1), "ada"), RECEIVED);
        assertEquals(Tier.DONE, resolved.tier(), "a late advisory reminder does not reopen it");

        Escalation withdrawn = open();
        withdrawn.stepTaken(bridge("WITHDRAWN", "WITHDRAWN", T0, Map.of()), RECEIVED);
        assertEquals(Tier.DONE, withdrawn.tier());
    }

    @Test
    void anEscalationClosedByTheTeamIsDoneAndStillTakesTheStepsThatArriveAfter() {
        CareCase c = careCase(CaseStatus.ESCALATED);
        Escalation e = open(c);
        e.stepTaken(bridge("CLAIMED", "CLAIMED", T0, Map.of()), RECEIVED);
        e.withdraw(c, "ann", T0.plusHours(1));
        assertEquals(Tier.DONE, e.tier());

        Escalation.StepTaken late = e.stepTaken(bridge("NOTE_ADDED", "CLAIMED", T0.plusHours(2),
                Map.of("note", "Seen your withdrawal, closing here.")), RECEIVED);

        assertEquals(Tier.DONE, late.before());
        assertEquals(Tier.DONE, e.tier());
        assertEquals("NOTE_ADDED", late.step().step);
    }

    @Test
    void anUnknownStepNameIsKeptAndMovesByTheBridgeStatus() {
        Escalation e = open();
        Escalation.StepTaken taken = e.stepTaken(bridge("TABLE_MOVED_ONLINE", "SOMETHING_NEW", T0, Map.of()),
                RECEIVED);
        assertEquals("TABLE_MOVED_ONLINE", taken.step().step);
        assertEquals("SOMETHING_NEW", e.bridgeStatus);
        assertEquals(Tier.BRIDGE, e.tier());
    }

    @Test
    void aBridgeEventBecomesParamsForTheTeam() {
        UUID escalationId = UUID.randomUUID();
        EscalationStepV1 event = new EscalationStepV1(UUID.randomUUID(), escalationId, UUID.randomUUID(),
                "CONSULTATION_OUTCOME", "CLAIMED", "bruno", DUE, T0.withOffsetSameInstant(ZoneOffset.ofHours(1)),
                "bruno", null, null, new EscalationStepV1.Consultation(UUID.randomUUID(), T0.minusHours(2),
                List.of("anna", "bruno"), List.of("school"), "A place is kept open.",
                List.of(new EscalationStepV1.Decision("Ask for a housing slot", "bruno", DUE),
                        new EscalationStepV1.Decision("Call the school", null, null))));

        LadderStep step = LadderStep.of(event);

        assertEquals(T0, step.at(), "kept in UTC");
        assertEquals(Map.of("owner", "bruno", "dueDate", "2026-12-04", "meetsAt", "2026-11-20T07:00:00Z",
                "invitees", "anna,bruno", "outcome", "A place is kept open.",
                "decision", "Ask for a housing slot (bruno, 2026-12-04); Call the school"), step.params());
    }

    @Test
    void anAdvisoryDecisionBecomesParamsForTheTeam() {
        ReferralStepV1 event = new ReferralStepV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "DECISION", "ada", null, T0, "ada", UUID.randomUUID(),
                new ReferralStepV1.Decision("Ask the ministry", "ada", null, false), null);

        LadderStep step = LadderStep.of(event);

        assertEquals(Tier.ADVISORY, step.tier());
        assertNull(step.bridgeStatus());
        assertEquals(Map.of("owner", "ada", "decision", "Ask the ministry (ada)", "final", "false"), step.params());
    }

    private static Escalation open() {
        return open(careCase(CaseStatus.ESCALATED));
    }

    private static Escalation open(CareCase c) {
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.caseId = c.id;
        e.status = EscalationStatus.RAISED;
        return e;
    }

    private static LadderStep bridge(String step, String status, OffsetDateTime at, Map<String, String> params) {
        return new LadderStep(UUID.randomUUID(), Tier.BRIDGE, step, "bruno", at, status, "bruno", DUE, params);
    }

    private static LadderStep advisory(String step, OffsetDateTime at, String owner) {
        return new LadderStep(UUID.randomUUID(), Tier.ADVISORY, step, owner, at, null, owner, DUE.plusDays(7),
                Map.of());
    }
}
