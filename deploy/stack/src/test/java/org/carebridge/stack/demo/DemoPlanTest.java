package org.carebridge.stack.demo;

import org.carebridge.stack.DemoUsers;
import org.carebridge.stack.demo.DemoPlan.DemoCase;
import org.carebridge.stack.demo.DemoPlan.Ending;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the statistics page and the idempotent load rely on, checked on the plan alone (no system needed). */
class DemoPlanTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void everyRegionHasAnUnsuppressedCountInEachOfTheLastSixQuarters() {
        Map<String, Map<String, Integer>> perRegion = new TreeMap<>();
        for (DemoCase c : DemoPlan.of(NOW).cases()) {
            perRegion.computeIfAbsent(c.region().name(), r -> new TreeMap<>()).merge(c.quarter(), 1, Integer::sum);
        }
        assertEquals(Set.of("north", "south", "east"), perRegion.keySet());
        List<String> quarters = List.of("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        perRegion.forEach((region, counts) -> {
            assertEquals(quarters, List.copyOf(counts.keySet()), region + " quarters");
            counts.forEach((q, n) -> assertTrue(n >= DemoPlan.K, region + " " + q + " has only " + n));
            // a trend worth drawing: the newest quarter has more cases than the oldest
            assertTrue(counts.get("2026-Q4") > counts.get("2025-Q3"), region + " trend");
        });
    }

    @Test
    void aFewHundredCasesWithObviouslySyntheticUniqueNamesAllInThePast() {
        List<DemoCase> cases = DemoPlan.of(NOW).cases();
        assertTrue(cases.size() >= 200 && cases.size() <= 400, cases.size() + " cases");
        Set<String> names = new HashSet<>();
        for (DemoCase c : cases) {
            assertTrue(c.familyName().matches("Youth \\d{3}"), c.familyName());
            assertTrue(names.add(c.familyName()), "twice: " + c.familyName());
            assertTrue(c.openedAt().isBefore(NOW), c.familyName() + " opens in the future");
            assertTrue(c.dateOfBirth().isBefore(c.openedAt().toLocalDate().minusYears(12)), c.familyName() + " age");
            DemoPlan.Escalation e = c.escalation();
            if (e != null) {
                assertFalse(e.raisedAt().isBefore(c.openedAt()), c.familyName() + " raised before it opened");
                assertTrue(e.raisedAt().isBefore(NOW), c.familyName() + " raised in the future");
                if (e.endedAt() != null) {
                    assertTrue(e.endedAt().isAfter(e.raisedAt()) && e.endedAt().isBefore(NOW), c.familyName() + " ended");
                }
            }
            if (c.closure() != null) {
                assertTrue(e == null || e.endedAt() != null, c.familyName() + " closed with an open escalation");
                assertTrue(c.closure().closedAt().isBefore(NOW), c.familyName() + " closed in the future");
            }
        }
    }

    @Test
    void eachRegionHasEscalationsEndedAtEveryTierAndSomeStillOpen() {
        Map<String, Set<Ending>> endings = new HashMap<>();
        for (DemoCase c : DemoPlan.of(NOW).cases()) {
            if (c.escalation() != null) {
                endings.computeIfAbsent(c.region().name(), r -> EnumSet.noneOf(Ending.class)).add(c.escalation().ending());
            }
        }
        endings.forEach((region, seen) -> assertTrue(seen.containsAll(
                EnumSet.of(Ending.TEAM, Ending.BRIDGE, Ending.ADVISORY)), region + " " + seen));
        // and in every region some still open at each tier: raised (unclaimed), claimed at the bridge, referred
        endings.forEach((region, seen) -> assertTrue(seen.containsAll(DemoPlan.KEPT_OPEN), region + " " + seen));
        assertTrue(DemoPlan.of(NOW).cases().stream().anyMatch(c -> c.escalation() != null && c.escalation().consultation()));
    }

    @Test
    void someHandoversPendingOneAcceptedAndOneAtThe18thBirthdayOnOpenCasesOfTheirRequester() {
        DemoPlan plan = DemoPlan.of(NOW);
        List<DemoPlan.Handover> handovers = plan.handovers();
        assertTrue(handovers.stream().anyMatch(h -> h.accepted()), handovers.toString());
        assertTrue(handovers.stream().anyMatch(h -> !h.accepted()), handovers.toString());
        DemoPlan.Handover at18 = handovers.stream().filter(h -> "AGE_18_TRANSITION".equals(h.reason())).findFirst()
                .orElseThrow(() -> new AssertionError("no handover at 18: " + handovers));
        java.time.LocalDate birthday = at18.of().dateOfBirth().plusYears(18);
        assertTrue(birthday.isAfter(NOW.toLocalDate()) && birthday.isBefore(NOW.toLocalDate().plusMonths(6)),
                "turns 18 on " + birthday);
        Set<String> cases = new HashSet<>();
        for (DemoPlan.Handover h : handovers) {
            DemoCase c = h.of();
            assertTrue(cases.add(c.familyName()), "one handover a case: " + c.familyName());
            assertTrue(c.closure() == null && (c.escalation() == null || c.escalation().endedAt() != null),
                    c.familyName() + " is closed or waits on its escalation");
            assertFalse(h.to().equals(c.worker()), c.familyName() + " handed to its own lead");
            assertEquals(List.of(c.region().name(), "case-worker", h.toOrganisation()), DemoUsers.ALL.stream()
                    .filter(u -> u.username().equals(h.to())).map(u -> List.of(u.region(), u.role(), u.organisation()))
                    .findFirst().orElseThrow(), h.to());
        }
    }

    @Test
    void theSamePlanOnEveryStartSoALoadedCaseIsRecognisedByItsName() {
        List<String> first = DemoPlan.of(NOW).cases().stream().map(c -> c.familyName() + c.worker()).toList();
        List<String> later = DemoPlan.of(NOW.plusDays(40)).cases().stream().map(c -> c.familyName() + c.worker()).toList();
        assertEquals(first, later);
    }

    @Test
    void everyoneTheLoaderActsAsIsADemoUserOfTheRegion() {
        Map<String, String> regionOf = new HashMap<>();
        Map<String, String> roleOf = new HashMap<>();
        DemoUsers.ALL.forEach(u -> {
            regionOf.put(u.username(), u.region());
            roleOf.put(u.username(), u.role());
        });
        Set<String> regions = new TreeSet<>();
        for (DemoPlan.Region r : DemoPlan.REGIONS) {
            regions.add(r.name());
            r.workers().forEach(w -> assertEquals(List.of(r.name(), "case-worker"), List.of(regionOf.get(w), roleOf.get(w))));
            assertEquals(List.of(r.name(), "bridge-coordinator"),
                    List.of(regionOf.get(r.coordinator()), roleOf.get(r.coordinator())));
            assertEquals(List.of(r.name(), "advisory-member"), List.of(regionOf.get(r.advisor()), roleOf.get(r.advisor())));
        }
        assertEquals(3, regions.size());
    }

    @Test
    void theCurrentQuarterStopsYesterday() {
        OffsetDateTime firstWeek = OffsetDateTime.of(2026, 10, 3, 12, 0, 0, 0, ZoneOffset.UTC);
        assertTrue(DemoPlan.of(firstWeek).cases().stream().allMatch(c -> c.openedAt().isBefore(firstWeek)));
    }
}
