package org.carebridge.network.alert;

import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Acknowledging and assigning an alert, allowed and refused, on the aggregate alone: no Quarkus, no database. */
class AlertTransitionsTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = AT.plusHours(2);
    private static final Predicate<String> COORDINATORS_OF_NORTH = Set.of("olga", "colin")::contains;

    // --- acknowledge ---

    @Test
    void anAcknowledgementRecordsWhoAndWhen() {
        Alert a = alert();
        AlertStep step = a.acknowledge("olga", AT).orElseThrow();
        assertEquals(new AlertStep(AlertStep.Kind.ACKNOWLEDGED, a.id, a.caseId, "olga", AT, "acknowledged"), step);
        assertEquals("ACKNOWLEDGE", step.kind().auditAction);
        assertEquals("olga", a.acknowledgedBy);
        assertEquals(AT, a.acknowledgedAt);
    }

    @Test
    void acknowledgingAgainIsAHarmlessRepeatThatKeepsTheFirstMoment() {
        Alert a = alert();
        a.acknowledge("olga", AT);
        assertEquals(Optional.empty(), a.acknowledge("olga", LATER));
        assertEquals(AT, a.acknowledgedAt);
    }

    @Test
    void aColleagueCannotAcknowledgeWhatWasAcknowledgedAlready() {
        Alert a = alert();
        a.acknowledge("olga", AT);
        ProblemException refused = assertThrows(ProblemException.class, () -> a.acknowledge("colin", LATER));
        assertEquals(409, refused.toProblem().status());
        assertEquals("olga", a.acknowledgedBy);
        assertEquals(AT, a.acknowledgedAt);
    }

    // --- assign ---

    @Test
    void anAlertIsAssignedToACoordinatorOfItsRegion() {
        Alert a = alert();
        AlertStep step = a.assign("colin", "olga", COORDINATORS_OF_NORTH, AT).orElseThrow();
        assertEquals(new AlertStep(AlertStep.Kind.ASSIGNED, a.id, a.caseId, "olga", AT, "from nobody to colin"), step);
        assertEquals("ASSIGN", step.kind().auditAction);
        assertEquals("colin", a.assignee);
        assertEquals("olga", a.assignedBy);
        assertEquals(AT, a.assignedAt);
        assertNull(a.acknowledgedBy); // giving it to someone is not taking note of it
    }

    @Test
    void anAssignedAlertMayBeGivenOn() {
        Alert a = alert();
        a.assign("colin", "olga", COORDINATORS_OF_NORTH, AT);
        AlertStep step = a.assign("olga", "colin", COORDINATORS_OF_NORTH, LATER).orElseThrow();
        assertEquals("from colin to olga", step.detail());
        assertEquals("olga", a.assignee);
        assertEquals("colin", a.assignedBy);
        assertEquals(LATER, a.assignedAt);
    }

    @Test
    void assigningToTheAssigneeAgainIsAHarmlessRepeat() {
        Alert a = alert();
        a.assign("colin", "olga", COORDINATORS_OF_NORTH, AT);
        assertEquals(Optional.empty(), a.assign("colin", "olga", COORDINATORS_OF_NORTH, LATER));
        assertEquals(AT, a.assignedAt);
    }

    @Test
    void anyoneButACoordinatorOfTheRegionIsRefusedNamingTheAssignee() {
        Alert a = alert();
        a.assign("colin", "olga", COORDINATORS_OF_NORTH, AT);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> a.assign("stranger", "olga", COORDINATORS_OF_NORTH, LATER));
        assertEquals(400, refused.toProblem().status());
        assertEquals("assignee", refused.toProblem().errors().get(0).field());
        assertEquals("colin", a.assignee);
        assertEquals(AT, a.assignedAt);
    }

    private static Alert alert() {
        Alert a = new Alert();
        a.id = UUID.randomUUID();
        a.caseId = UUID.randomUUID();
        a.region = "north";
        a.kind = "INACTIVITY";
        return a;
    }
}
