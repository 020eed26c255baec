package org.carebridge.advisory.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.advisory.Digests;
import org.carebridge.advisory.Digests.Digest;
import org.carebridge.advisory.Digests.Escalation;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incrementally maintained counts equal a recount from scratch over the latest digest of every youth, after
 * a random stream of replacements, stale digests, region moves and month changes through real Kafka.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class IncrementalCountsTest {

    private static final String[] STATUS = {"OPEN", "ESCALATED", "CLOSED"};
    private static final String[] BANDS = {"0-11", "12-15", "16-17", "18-20", "21+"};
    private static final String[] BARRIERS = {"HOUSING", "LANGUAGE", "SCHOOL_ACCESS"};
    private static final String[] TIERS = {"TEAM", "BRIDGE", "ADVISORY"};
    private static final String[] TRANSITIONS = {"NOT_DUE", "PENDING", "ON_TIME", "LATE"};

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper mapper;

    @Test
    void maintainedCountsEqualARecountOfTheLatestDigests() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<YearMonth> months = List.of(Digests.freshMonth(), Digests.freshMonth(), Digests.freshMonth());
        List<Digest> stream = new ArrayList<>();
        Map<String, Digest> latest = new TreeMap<>();
        for (int youth = 0; youth < 150; youth++) {
            Digest base = Digests.of("north", months.get(0));
            List<Digest> versions = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int v = 1; v <= count; v++) {
                versions.add(randomVersion(random, base.sequence(v * 2L), months));
            }
            latest.put(base.pseudonym(), versions.get(versions.size() - 1));
            Collections.shuffle(versions, random); // stale versions arrive after newer ones
            stream.addAll(versions);
        }
        Digests.publish(new Db(dataSource), stream);

        Map<String, Long> expected = new TreeMap<>();
        for (Digest d : latest.values()) {
            CaseDigestV1 digest = mapper.treeToValue(d.data(), CaseDigestV1.class);
            Contribution.of(digest).entrySet().stream()
                    .filter(e -> months.contains(java.time.YearMonth.from(e.getKey().month()))) // raise months are elsewhere
                    .forEach(e -> expected.merge(d.region() + "|" + e.getKey().month() + "|" + e.getKey().dimension()
                            + "|" + e.getKey().category(), e.getValue(), Long::sum));
        }
        Map<String, Long> actual = new TreeMap<>();
        for (String row : new Db(dataSource).strings("""
                        select region || '|' || month || '|' || dimension || '|' || category || '=' || cases
                        from digest_count where month = any(?) and cases <> 0""",
                (Object) months.stream().map(m -> Date.valueOf(m.atDay(1))).toArray(Date[]::new))) {
            String[] kv = row.split("=");
            actual.put(kv[0], Long.parseLong(kv[1]));
        }
        assertTrue(expected.size() > 50, "the stream exercises many cells");
        assertEquals(expected, actual, "seed " + seed);
    }

    private static Digest randomVersion(Random random, Digest d, List<YearMonth> months) {
        List<Escalation> escalations = new ArrayList<>();
        for (int e = random.nextInt(3); e > 0; e--) {
            String barrier = BARRIERS[random.nextInt(BARRIERS.length)];
            escalations.add(random.nextBoolean() ? Escalation.open(barrier)
                    : Escalation.ended(barrier, TIERS[random.nextInt(TIERS.length)], random.nextInt(60)));
        }
        YearMonth opened = months.get(random.nextInt(months.size()));
        return new Digest(d.pseudonym(), d.sequence(), random.nextInt(5) == 0 ? "south" : "north",
                BANDS[random.nextInt(BANDS.length)],
                random.nextBoolean() ? List.of("SCHOOL") : List.of("WELLBEING", "WORK"),
                random.nextBoolean() ? "LIGHT" : "INTENSIVE", STATUS[random.nextInt(STATUS.length)],
                opened.atDay(1 + random.nextInt(28)), escalations, TRANSITIONS[random.nextInt(TRANSITIONS.length)]);
    }
}
