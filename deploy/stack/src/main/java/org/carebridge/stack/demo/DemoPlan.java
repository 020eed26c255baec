package org.carebridge.stack.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo data set as data: which synthetic case opens when, in which region, by whom, and how far up the ladder
 * its escalation goes. Pure and seeded, so a second start plans the same names (which makes loading idempotent)
 * and the tests can check the figures the statistics page relies on without a running system.
 */
public record DemoPlan(List<DemoCase> cases, List<Region> regions, List<Handover> handovers) {

    /** Statistics hide cells under k = 5; every region's every quarter has at least this many cases. */
    static final int K = 5;
    /** Cases per region, oldest quarter first: a rising trend, each well above k. */
    static final int[] PER_QUARTER = {10, 12, 13, 15, 16, 18};
    static final int QUARTERS = PER_QUARTER.length;
    private static final long SEED = 20261205L;

    /** A region's cast: the case workers who open its cases, its bridge coordinator and its advisory member. */
    public record Region(String name, List<String> workers, String coordinator, String advisor) {
    }

    /**
     * How far up the ladder an escalation went: ended by a tier, or still open: raised and waiting for the bridge to
     * claim it, claimed at the bridge, or referred to the advisory group.
     */
    public enum Ending {
        TEAM, BRIDGE, ADVISORY, OPEN_RAISED, OPEN_AT_BRIDGE, OPEN_AT_ADVISORY;

        boolean open() {
            return this == OPEN_RAISED || this == OPEN_AT_BRIDGE || this == OPEN_AT_ADVISORY;
        }
    }

    /** The newest cases of every region keep an escalation open at each tier, in this order (the last one referred). */
    static final List<Ending> KEPT_OPEN = List.of(Ending.OPEN_RAISED, Ending.OPEN_AT_BRIDGE, Ending.OPEN_AT_ADVISORY);

    public record Escalation(String barrier, String urgency, Ending ending, boolean consultation,
                             OffsetDateTime raisedAt, OffsetDateTime endedAt) {
        /** The tier case-service records as having ended it, or null while it is open. */
        public String endedBy() {
            return switch (ending) {
                case TEAM, BRIDGE, ADVISORY -> ending.name();
                default -> null;
            };
        }

        boolean referred() {
            return ending == Ending.ADVISORY || ending == Ending.OPEN_AT_ADVISORY;
        }
    }

    public record Closure(String outcome, OffsetDateTime closedAt) {
    }

    /**
     * A handover the case's worker requests from {@code to} (of {@code toOrganisation}); {@code accepted}: the receiver
     * accepts it, else it stays pending.
     */
    public record Handover(DemoCase of, String reason, String to, String toOrganisation, boolean accepted) {
    }

    /** One synthetic youth; {@code escalation} and {@code closure} may be null. */
    public record DemoCase(int number, Region region, String worker, String familyName, LocalDate dateOfBirth,
                           String intensity, List<String> domains, OffsetDateTime openedAt, Escalation escalation,
                           Closure closure) {
        /** The given name is the same for all: "Demo Youth 017" reads as what it is. */
        public static final String GIVEN_NAME = "Demo";

        public String quarter() {
            LocalDate d = openedAt.toLocalDate();
            return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
        }
    }

    public static final List<Region> REGIONS = List.of(
            new Region("north", List.of("anna", "ben"), "bruno", "ada"),
            new Region("south", List.of("carla"), "sofie", "sven"),
            new Region("east", List.of("dirk"), "elin", "eva"));

    private static final List<String> BARRIERS = List.of("HOUSING", "RESIDENCE_STATUS", "LANGUAGE", "SCHOOL_ACCESS",
            "MENTAL_HEALTH", "FINANCES", "WORK_ACCESS", "AGE_TRANSITION", "AGENCY_COOPERATION");
    private static final List<String> DOMAINS = List.of("WELLBEING", "SCHOOL", "WORK");
    private static final List<String> OUTCOMES = List.of("GOALS_REACHED", "GOALS_REACHED", "HANDED_OVER",
            "MOVED_AWAY", "AGED_OUT");

    /** The plan for a system whose clock says {@code now}: the current quarter and the five before it. */
    public static DemoPlan of(OffsetDateTime now) {
        OffsetDateTime utcNow = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        Random random = new Random(SEED);
        LocalDate currentQuarter = quarterStart(utcNow.toLocalDate());
        List<DemoCase> cases = new ArrayList<>();
        int number = 0;
        for (Region region : REGIONS) {
            for (int q = 0; q < QUARTERS; q++) {
                LocalDate start = currentQuarter.minusMonths(3L * (QUARTERS - 1 - q));
                OffsetDateTime from = start.atTime(8, 0).atOffset(ZoneOffset.UTC);
                // the current quarter is only open until yesterday: its cases open before now
                OffsetDateTime to = q == QUARTERS - 1 ? utcNow.minusDays(1) : from.plusMonths(3).minusDays(1);
                if (to.isBefore(from)) {
                    to = from; // the first day of a quarter: everything opens at its start
                }
                for (int i = 0; i < PER_QUARTER[q]; i++) {
                    number++;
                    String worker = region.workers().get(number % region.workers().size());
                    OffsetDateTime opened = between(random, from, to);
                    int fromEnd = PER_QUARTER[q] - 1 - i;
                    Ending keptOpen = q == QUARTERS - 1 && fromEnd < KEPT_OPEN.size()
                            ? KEPT_OPEN.get(KEPT_OPEN.size() - 1 - fromEnd) : null;
                    cases.add(demoCase(random, number, region, worker, opened, utcNow, q == QUARTERS - 1, keptOpen));
                }
            }
        }
        return new DemoPlan(List.copyOf(cases), REGIONS, DemoHandovers.of(cases, utcNow.toLocalDate()));
    }

    private static DemoCase demoCase(Random random, int number, Region region, String worker, OffsetDateTime opened,
                                     OffsetDateTime now, boolean recent, Ending keptOpen) {
        // 13 to 18 years old at the start: some turn 18 soon, which the transition alerts watch
        LocalDate birth = opened.toLocalDate().minusDays(365L * 13 + random.nextInt(365 * 5));
        String intensity = random.nextInt(3) == 0 ? "INTENSIVE" : "LIGHT";
        List<String> domains = new ArrayList<>(List.of(DOMAINS.get(random.nextInt(3))));
        if (random.nextBoolean()) {
            String second = DOMAINS.get(random.nextInt(3));
            if (!domains.contains(second)) {
                domains.add(second);
            }
        }
        Escalation escalation = escalation(random, opened, now, recent, keptOpen);
        Closure closure = null;
        boolean open = escalation != null && escalation.endedAt() == null;
        if (!recent && !open && random.nextInt(3) == 0) {
            OffsetDateTime after = escalation == null ? opened : escalation.endedAt();
            OffsetDateTime closed = after.plusDays(20 + random.nextInt(120));
            if (closed.isBefore(now.minusDays(1))) {
                closure = new Closure(OUTCOMES.get(random.nextInt(OUTCOMES.size())), closed);
            }
        }
        return new DemoCase(number, region, worker, String.format("Youth %03d", number), birth, intensity,
                List.copyOf(domains), opened, escalation, closure);
    }

    /** {@code keptOpen}: the ending this case must have (one of KEPT_OPEN), or null for a random one. */
    private static Escalation escalation(Random random, OffsetDateTime opened, OffsetDateTime now, boolean recent,
                                         Ending keptOpen) {
        int roll = random.nextInt(100);
        Ending ending;
        if (keptOpen != null) {
            ending = keptOpen;
        } else if (roll < 40) {
            return null;
        } else if (roll < 58) {
            ending = Ending.TEAM;
        } else if (roll < 78) {
            ending = Ending.BRIDGE;
        } else if (roll < 92 || !recent) {
            ending = Ending.ADVISORY;
        } else {
            ending = roll < 96 ? Ending.OPEN_AT_BRIDGE : Ending.OPEN_AT_ADVISORY;
        }
        String barrier = BARRIERS.get(random.nextInt(BARRIERS.size()));
        String urgency = List.of("LOW", "MEDIUM", "MEDIUM", "HIGH").get(random.nextInt(4));
        boolean consultation = ending == Ending.BRIDGE && random.nextInt(5) < 2;
        if (ending.open()) {
            OffsetDateTime raised = later(now.minusDays(1 + random.nextInt(10)), opened.plusHours(1));
            return new Escalation(barrier, urgency, ending, false, raised, null);
        }
        int days = switch (ending) {
            case TEAM -> 2 + random.nextInt(18);
            case BRIDGE -> 7 + random.nextInt(38);
            default -> 20 + random.nextInt(70);
        };
        OffsetDateTime raised = opened.plusDays(3 + random.nextInt(40));
        OffsetDateTime ended = raised.plusDays(days);
        OffsetDateTime latest = now.minusHours(2);
        if (ended.isAfter(latest)) { // opened recently: the same steps, squeezed into the time there was
            Duration span = Duration.between(opened, latest);
            raised = opened.plus(span.dividedBy(3));
            ended = opened.plus(span.multipliedBy(2).dividedBy(3));
        }
        return new Escalation(barrier, urgency, ending, consultation, raised, ended);
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), 3 * ((day.getMonthValue() - 1) / 3) + 1, 1);
    }

    private static OffsetDateTime between(Random random, OffsetDateTime from, OffsetDateTime to) {
        long minutes = Math.max(1, Duration.between(from, to).toMinutes());
        return from.plusMinutes((long) (random.nextDouble() * minutes)).truncatedTo(ChronoUnit.MINUTES);
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    /** The last case loaded: when it exists, an earlier start loaded the whole set. */
    public DemoCase last() {
        return cases.get(cases.size() - 1);
    }
}
