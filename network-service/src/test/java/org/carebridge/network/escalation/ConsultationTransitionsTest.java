package org.carebridge.network.escalation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.carebridge.network.escalation.EscalationTransitionsTest.in;
import static org.carebridge.network.escalation.EscalationTransitionsTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A consultation table's outcome, allowed and refused, on the aggregates alone (no Quarkus, no database): the
 * escalation is brought to its state by its own transitions (EscalationTransitionsTest's), the table convened by
 * its owner "olga".
 */
class ConsultationTransitionsTest {

    private static final OffsetDateTime MET = OffsetDateTime.of(2026, 3, 5, 15, 0, 0, 0, ZoneOffset.UTC);
    private static final List<Consultation.Decision> DECIDED = List.of(
            new Consultation.Decision("visit the reception school", "tom", LocalDate.of(2026, 3, 12)),
            new Consultation.Decision("ask for a bridging class", "olga", LocalDate.of(2026, 3, 20)));

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"CLAIMED", "REFERRED", "ADVISED"})
    void theOwnerRecordsWhatTheTableConcludedAndTheTeamReadsIt(EscalationStatus status) {
        Escalation e = in(status);
        Consultation table = convened(e);
        BridgeStep.Taken step = table.conclude(e, "a bridging class is the way", DECIDED, "olga", MET);

        assertEquals(BridgeStep.Kind.CONSULTATION_OUTCOME, step.kind());
        assertEquals("olga", step.actor());
        assertEquals(MET, step.at());
        assertNull(step.made(), "the table exists already");
        assertEquals("consultation " + table.id + ", 2 decision(s)", step.auditDetail());
        assertSame(table, step.team().consultation());
        assertEquals("a bridging class is the way", table.outcome);
        assertEquals("olga", table.outcomeBy);
        assertEquals(MET, table.outcomeAt);
        assertEquals(List.of("visit the reception school", "ask for a bridging class"),
                table.decisions.stream().map(d -> d.text).toList());
        assertEquals(List.of("tom", "olga"), table.decisions.stream().map(d -> d.owner).toList());
        assertEquals(status, e.status, "an outcome moves the table, not the escalation");
    }

    @Test
    void aTableMayDecideNothing() {
        Escalation e = in(EscalationStatus.CLAIMED);
        Consultation table = convened(e);
        assertEquals("consultation " + table.id + ", 0 decision(s)",
                table.conclude(e, "no way found yet", List.of(), "olga", MET).auditDetail());
        assertEquals(List.of(), table.decisions);
    }

    @Test
    void theOutcomeIsRecordedOnce() {
        Escalation e = in(EscalationStatus.CLAIMED);
        Consultation table = convened(e);
        table.conclude(e, "first", DECIDED, "olga", MET);
        refused(409, () -> table.conclude(e, "second", List.of(), "olga", MET.plusHours(1)));
        assertEquals("first", table.outcome);
        assertEquals(MET, table.outcomeAt);
        assertEquals(2, table.decisions.size());
    }

    @Test
    void onlyTheOwnerRecordsIt() {
        Escalation e = in(EscalationStatus.CLAIMED);
        Consultation table = convened(e);
        assertEquals("only the owner of the escalation (olga) may record the outcome of a consultation table",
                refused(403, () -> table.conclude(e, "mine", DECIDED, "colin", MET))
                        .getMessage());
        assertNull(table.outcome);
        assertEquals(List.of(), table.decisions);
    }

    @ParameterizedTest
    @EnumSource(value = EscalationStatus.class, names = {"RESOLVED", "WITHDRAWN"})
    void aClosedEscalationsTableTakesNoOutcome(EscalationStatus closed) {
        Escalation e = in(EscalationStatus.CLAIMED);
        Consultation table = convened(e);
        if (closed == EscalationStatus.RESOLVED) {
            e.resolve(Outcome.UNBLOCKED, "advice", List.of(), "olga", MET);
        } else {
            e.withdrawn("tom", MET);
        }
        assertEquals("escalation is already " + closed,
                refused(409, () -> table.conclude(e, "late", DECIDED, "olga", MET))
                        .getMessage());
        assertNull(table.outcome);
    }

    @Test
    void aTableIsConcludedOnlyOnItsOwnEscalation() {
        Escalation e = in(EscalationStatus.CLAIMED);
        Escalation other = in(EscalationStatus.CLAIMED);
        Consultation table = convened(e);
        assertThrows(IllegalArgumentException.class, () -> table.conclude(other, "wrong", DECIDED, "olga", MET));
        assertNull(table.outcome);
    }

    private static Consultation convened(Escalation e) {
        BridgeRequests.Consultation request = new BridgeRequests.Consultation(MET, "housing", List.of("tom"),
                List.of("Host Homes"));
        return (Consultation) Consultation.convene(e, request, "olga", MET.minusDays(2)).made();
    }
}
