package org.carebridge.cases.goal;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.goal.GoalRequests.GoalChange;
import org.carebridge.cases.goal.GoalRequests.NewGoal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Predicate;

import static org.carebridge.cases.support.AggregateFixtures.assertConflict;
import static org.carebridge.cases.support.AggregateFixtures.assertProblem;
import static org.carebridge.cases.support.AggregateFixtures.careCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transition of a goal, allowed and refused; plain objects. */
class GoalTransitionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = NOW.plusDays(3);
    private static final Predicate<String> TEAM = Set.of("ann", "bea")::contains;

    @Test
    void settingAGoalMakesItOpen() {
        CareCase c = careCase(CaseStatus.ESCALATED);
        Goal g = Goal.set(c, newGoal(" BEA ", TODAY), TEAM, TODAY, "ann", NOW).goal();
        assertEquals(c.id, g.caseId);
        assertEquals(GoalStatus.OPEN, g.status);
        assertEquals(Domain.SCHOOL, g.domain);
        assertEquals("find a school place", g.title);
        assertEquals("bea", g.ownerUsername, "login names are lowercase");
        assertEquals(TODAY, g.dueDate);
        assertEquals("ann", g.createdBy);
        assertEquals(NOW, g.createdAt);
        assertEquals(NOW, g.updatedAt);
    }

    @Test
    void settingAGoalOnAClosedCaseIsRefused() {
        assertConflict("the case is closed",
                () -> Goal.set(careCase(CaseStatus.CLOSED), newGoal("ann", TODAY), TEAM, TODAY, "ann", NOW));
    }

    @Test
    void settingAGoalPastDueTooFarAheadOrForSomeoneOffTheTeamIsABadField() {
        CareCase c = careCase(CaseStatus.OPEN);
        assertProblem(400, "dueDate: must be today or later",
                () -> Goal.set(c, newGoal("ann", TODAY.minusDays(1)), TEAM, TODAY, "ann", NOW));
        assertProblem(400, "dueDate: must be within 10 years",
                () -> Goal.set(c, newGoal("ann", TODAY.plusYears(10).plusDays(1)), TEAM, TODAY, "ann", NOW));
        assertProblem(400, "owner: must be a member of the case",
                () -> Goal.set(c, newGoal("zoe", TODAY), TEAM, TODAY, "ann", NOW));
    }

    @Test
    void aGoalMovesBetweenOpenDoneAndDroppedFreely() {
        CareCase c = careCase(CaseStatus.OPEN);
        for (GoalStatus from : GoalStatus.values()) {
            for (GoalStatus to : GoalStatus.values()) {
                Goal g = goal(c);
                g.status = from;
                Goal.Changed changed = g.change(c, change("ann", g.dueDate, to), TEAM, TODAY, "bea", LATER);
                assertEquals(to, g.status);
                assertEquals(from, changed.before());
                assertEquals(from != to, changed.statusChanged(), from + " -> " + to);
                assertEquals("bea", changed.by());
                assertEquals(LATER, g.updatedAt);
            }
        }
    }

    @Test
    void changingReplacesTitleOwnerAndDueDate() {
        CareCase c = careCase(CaseStatus.OPEN);
        Goal g = goal(c);
        g.change(c, new GoalChange(" a job ", "Bea", TODAY.plusMonths(2), GoalStatus.OPEN), TEAM, TODAY, "ann",
                LATER);
        assertEquals("a job", g.title);
        assertEquals("bea", g.ownerUsername);
        assertEquals(TODAY.plusMonths(2), g.dueDate);
    }

    @Test
    void anOverdueGoalKeepsItsDateButGetsNoNewPastOne() {
        CareCase c = careCase(CaseStatus.OPEN);
        Goal g = goal(c);
        g.dueDate = TODAY.minusDays(5);
        assertTrue(g.overdue(TODAY));
        g.change(c, change("ann", TODAY.minusDays(5), GoalStatus.DONE), TEAM, TODAY, "ann", LATER);
        assertEquals(GoalStatus.DONE, g.status);
        assertFalse(g.overdue(TODAY), "a goal done is not overdue");
        assertProblem(400, "dueDate: must be today or later",
                () -> g.change(c, change("ann", TODAY.minusDays(1), GoalStatus.OPEN), TEAM, TODAY, "ann", LATER));
        assertEquals(GoalStatus.DONE, g.status);
    }

    @Test
    void changingOnAClosedCaseOrToAnOwnerOffTheTeamIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        Goal g = goal(c);
        assertProblem(400, "owner: must be a member of the case",
                () -> g.change(c, change("zoe", g.dueDate, GoalStatus.DONE), TEAM, TODAY, "ann", LATER));
        assertEquals(GoalStatus.OPEN, g.status);
        assertEquals("ann", g.ownerUsername);
        c.status = CaseStatus.CLOSED;
        assertConflict("the case is closed",
                () -> g.change(c, change("ann", g.dueDate, GoalStatus.DONE), TEAM, TODAY, "ann", LATER));
        assertEquals(GoalStatus.OPEN, g.status);
    }

    private static Goal goal(CareCase c) {
        return Goal.set(c, newGoal("ann", TODAY.plusMonths(1)), TEAM, TODAY, "ann", NOW).goal();
    }

    private static NewGoal newGoal(String owner, LocalDate due) {
        return new NewGoal(Domain.SCHOOL, " find a school place ", owner, due);
    }

    private static GoalChange change(String owner, LocalDate due, GoalStatus status) {
        return new GoalChange("find a school place", owner, due, status);
    }
}
