package org.carebridge.stack.demo;

import org.carebridge.stack.DemoUsers;
import org.carebridge.stack.demo.DemoPlan.DemoCase;
import org.carebridge.stack.demo.DemoPlan.Handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The demo's handovers, in the region with two case workers (north), who hand cases to each other: one pending, one
 * accepted, and one at the 18th birthday (pending, so the bridge's 18+ list and the receiver's "my work" show it).
 * Only open cases without an open escalation, so nothing else of the demo waits on them.
 */
final class DemoHandovers {

    static final String REGION = "north";
    /** How far ahead case-service's age-18 alert looks (its transition rule): the birthday falls within it. */
    static final int TRANSITION_MONTHS = 6;

    private DemoHandovers() {
    }

    static List<Handover> of(List<DemoCase> cases, LocalDate today) {
        List<DemoCase> free = cases.stream().filter(c -> REGION.equals(c.region().name()) && c.closure() == null
                && (c.escalation() == null || c.escalation().endedAt() != null)).toList();
        Predicate<DemoCase> turning18 = c -> {
            LocalDate birthday = c.dateOfBirth().plusYears(18);
            return birthday.isAfter(today) && !birthday.isAfter(today.plusMonths(TRANSITION_MONTHS));
        };
        List<Handover> handovers = new ArrayList<>();
        Optional<DemoCase> transition = free.stream().filter(turning18).findFirst();
        transition.ifPresent(c -> handovers.add(to(c, "AGE_18_TRANSITION", false)));
        List<DemoCase> others = free.stream().filter(turning18.negate()).toList();
        List<String> workers = others.isEmpty() ? List.of() : others.get(0).region().workers();
        for (int w = 0; w < workers.size(); w++) {
            String worker = workers.get(w);
            boolean accepted = w % 2 == 1; // anna's request waits for ben; ben's was accepted by anna
            others.stream().filter(c -> c.worker().equals(worker)).findFirst()
                    .ifPresent(c -> handovers.add(to(c, accepted ? "SCHOOL_TO_WORK" : "LEAD_CHANGE", accepted)));
        }
        return List.copyOf(handovers);
    }

    /** To the region's other case worker, addressed to them by name and to their organisation. */
    private static Handover to(DemoCase c, String reason, boolean accepted) {
        String receiver = c.region().workers().stream().filter(w -> !w.equals(c.worker())).findFirst()
                .orElseThrow(() -> new IllegalStateException("region " + c.region().name() + " has one case worker"));
        return new Handover(c, reason, receiver, organisationOf(receiver), accepted);
    }

    static String organisationOf(String username) {
        return DemoUsers.ALL.stream().filter(u -> u.username().equals(username)).map(DemoUsers.User::organisation)
                .findFirst().orElseThrow(() -> new IllegalStateException(username + " is no demo user"));
    }
}
