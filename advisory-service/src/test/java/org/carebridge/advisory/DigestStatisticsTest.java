package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.carebridge.advisory.Digests.Digest;
import org.carebridge.advisory.Digests.Escalation;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Aggregated statistics from real case.digest.v1 events on real Kafka: crafted so that a small cell would be
 * revealed by subtraction if only the small cell were hidden; newest digest wins; duplicates change nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class DigestStatisticsTest {

    @Inject
    DataSource dataSource;

    @Test
    void smallCellsAreHiddenSoThatNoSubtractionRevealsThem() {
        YearMonth month = Digests.freshMonth();
        List<Digest> digests = new ArrayList<>();
        int[] teamDays = {1, 2, 3, 10, 20};
        for (int i = 0; i < 23; i++) {
            Digest d = Digests.of("north", month)
                    .intensity(i < 3 ? "LIGHT" : "INTENSIVE")                      // 3 light, 20 intensive
                    .status(i < 6 ? "OPEN" : i < 20 ? "ESCALATED" : "CLOSED")      // 6, 14, 3
                    .ageBand(i < 2 ? "18-20" : "16-17")                            // 2, 21
                    .domains(i < 4 ? new String[]{"SCHOOL", "WELLBEING"} : new String[]{"SCHOOL"})
                    .transition18(i < 7 ? "ON_TIME" : i < 9 ? "LATE" : "NOT_DUE"); // 7 on time, 2 late
            if (i < 5) {
                d = d.escalations(Escalation.ended("SCHOOL_ACCESS", "TEAM", teamDays[i]));
            } else if (i < 9) {
                d = d.escalations(Escalation.ended("SCHOOL_ACCESS", "ADVISORY", 30),
                        Escalation.open(i < 7 ? "HOUSING" : "SCHOOL_ACCESS"));
            }
            digests.add(d);
        }
        digests.add(Digests.of("south", month));                  // another region
        digests.add(Digests.of("north", month.plusMonths(3)));    // the next quarter: outside the period
        Digests.publish(db(), digests);

        JsonPath stats = as("ada").queryParam("quarter", Digests.quarter(month))
                .get("/api/advisory/digest").then().statusCode(200)
                .body("region", equalTo("north")).body("k", equalTo(5)).body("quarter", equalTo(Digests.quarter(month)))
                .body("from", equalTo(month.toString())).body("to", equalTo(month.plusMonths(2).toString()))
                .body("cases", equalTo(23)).body("casesSuppressed", equalTo(false))
                .extract().jsonPath();

        // hiding LIGHT alone would leave 23 - 20 = 3
        assertCells(stats, "INTENSITY", Map.of("LIGHT", "hidden", "INTENSIVE", "hidden"));
        assertEquals(23, stats.getInt("breakdowns.find { it.dimension == 'INTENSITY' }.total"));
        // CLOSED (3) is small; OPEN (6), the smallest shown cell, goes with it; ESCALATED stays
        assertCells(stats, "STATUS", Map.of("OPEN", "hidden", "ESCALATED", "14", "CLOSED", "hidden"));
        // 18-20 (2) and the empty bands add up to 2: only hiding 16-17 too keeps the 2 from being computed
        assertCells(stats, "AGE_BAND", Map.of("0-11", "hidden", "12-15", "hidden", "16-17", "hidden",
                "18-20", "hidden", "21+", "hidden"));
        // domains overlap (a case has one or more): nothing to subtract from, only the small cell goes
        assertCells(stats, "DOMAIN", Map.of("SCHOOL", "23", "WELLBEING", "hidden", "WORK", "hidden"));
        assertCells(stats, "BARRIER", Map.of("SCHOOL_ACCESS", "9", "HOUSING", "hidden", "LANGUAGE", "hidden"));
        // 7 on time, 2 late: the subtotal 9 may show, neither part
        assertCells(stats, "TRANSITION_18", Map.of("ON_TIME", "hidden", "LATE", "hidden"));
        assertEquals(9, stats.getInt("breakdowns.find { it.dimension == 'TRANSITION_18' }.total"));

        assertEquals(5, stats.getInt("resolution.find { it.tier == 'TEAM' }.cases"));
        assertEquals(3.0, stats.getDouble("resolution.find { it.tier == 'TEAM' }.medianDays"));
        assertTrue(stats.getBoolean("resolution.find { it.tier == 'ADVISORY' }.suppressed"), "4 cases");
        assertNull(stats.get("resolution.find { it.tier == 'ADVISORY' }.medianDays"));
        assertTrue(stats.getBoolean("resolution.find { it.tier == 'BRIDGE' }.suppressed"));

        String csv = as("ada").queryParam("quarter", Digests.quarter(month))
                .get("/api/advisory/digest/export.csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("region,quarter,dimension,category,cases,median_days,suppressed", lines.get(0));
        String prefix = "north," + Digests.quarter(month) + ",";
        assertTrue(lines.contains(prefix + "CASES,ALL,23,,false"), csv);
        assertTrue(lines.contains(prefix + "INTENSITY,TOTAL,23,,false"), csv);
        assertTrue(lines.contains(prefix + "INTENSITY,LIGHT,,,true"), csv);
        assertTrue(lines.contains(prefix + "INTENSITY,INTENSIVE,,,true"), csv);
        assertTrue(lines.contains(prefix + "STATUS,ESCALATED,14,,false"), csv);
        assertTrue(lines.contains(prefix + "RESOLVED_BY,TEAM,5,3.0,false"), csv);
        assertTrue(lines.contains(prefix + "RESOLVED_BY,ADVISORY,,,true"), csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertTrue(f[4].isEmpty() || Long.parseLong(f[4]) >= 5, "a small number in " + line);
        }
    }

    /**
     * The gap of free month ranges: Jan-Mar (20 cases) and Jan-Apr (22) were each suppressed correctly, yet
     * their difference was April's 2 cases, and a lone small cell of April (its 2 LIGHT cases) with them. Now
     * only whole quarters are answered: the overlapping pair is refused, and April's quarter hides its small
     * numbers, in JSON and in CSV.
     */
    @Test
    void overlappingPeriodsAreRefusedAndTheQuarterOfASmallMonthIsSuppressed() {
        YearMonth january = Digests.freshMonth();
        YearMonth april = january.plusMonths(3);
        List<Digest> digests = new ArrayList<>();
        int[] perMonth = {8, 6, 6};
        for (int m = 0; m < perMonth.length; m++) {
            for (int i = 0; i < perMonth[m]; i++) {
                digests.add(Digests.of("north", january.plusMonths(m)).intensity("INTENSIVE").status("ESCALATED"));
            }
        }
        digests.add(Digests.of("north", april).intensity("LIGHT").status("CLOSED").domains("WORK"));
        digests.add(Digests.of("north", april).intensity("LIGHT").status("CLOSED").domains("WORK"));
        Digests.publish(db(), digests);

        for (String path : new String[]{"/api/advisory/digest", "/api/advisory/digest/export.csv"}) {
            for (YearMonth to : List.of(january.plusMonths(2), april)) {
                as("ada").queryParam("from", january.toString()).queryParam("to", to.toString()).get(path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem("from"));
            }
            // a quarter together with the old parameters is refused too, not answered with them ignored
            as("ada").queryParam("quarter", Digests.quarter(january)).queryParam("to", april.toString()).get(path)
                    .then().statusCode(400).body("errors.field", hasItem("to"));
        }

        JsonPath first = as("ada").queryParam("quarter", Digests.quarter(january)).get("/api/advisory/digest")
                .then().statusCode(200).body("cases", equalTo(20)).extract().jsonPath();
        assertCells(first, "STATUS", Map.of("ESCALATED", "hidden", "CLOSED", "hidden")); // 20 of 20: total minus zeros
        JsonPath second = as("ada").queryParam("quarter", Digests.quarter(april)).get("/api/advisory/digest")
                .then().statusCode(200).body("cases", nullValue()).body("casesSuppressed", equalTo(true))
                .extract().jsonPath();
        assertCells(second, "INTENSITY", Map.of("LIGHT", "hidden", "INTENSIVE", "hidden"));
        assertCells(second, "STATUS", Map.of("CLOSED", "hidden"));
        assertCells(second, "DOMAIN", Map.of("WORK", "hidden"));
        assertTrue(second.getBoolean("breakdowns.find { it.dimension == 'INTENSITY' }.totalSuppressed"));

        String csv = as("ada").queryParam("quarter", Digests.quarter(april)).get("/api/advisory/digest/export.csv")
                .then().statusCode(200).extract().asString();
        String prefix = "north," + Digests.quarter(april) + ",";
        assertTrue(csv.lines().anyMatch((prefix + "CASES,ALL,,,true")::equals), csv);
        assertTrue(csv.lines().anyMatch((prefix + "INTENSITY,LIGHT,,,true")::equals), csv);
        assertTrue(csv.lines().skip(1).allMatch(line -> line.split(",", -1)[4].isEmpty()), "nothing of 2 cases shows: " + csv);
    }

    @Test
    void theNewestDigestOfAYouthCountsOnceAndNothingOlderOrRepeatedChangesThat() {
        YearMonth month = Digests.freshMonth();
        List<Digest> youths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            youths.add(Digests.of("north", month).sequence(2).status("OPEN"));
        }
        Digests.publish(db(), youths);
        Digests.publish(db(), youths.stream().map(y -> y.sequence(5).status("CLOSED")).toList());
        // older and equal sequences arrive late, with new event ids: ignored
        Digests.publish(db(), youths.stream().map(y -> y.sequence(4).status("ESCALATED")).toList());
        Digests.publish(db(), youths.stream().map(y -> y.sequence(5).status("OPEN")).toList());
        // the very same event twice: the inbox lets it through once
        Digest moved = youths.get(0).sequence(6).status("CLOSED").region("south");
        String twice = moved.json("dup-" + moved.pseudonym().substring(0, 16));
        Digests.send(List.of(new org.apache.kafka.clients.producer.ProducerRecord<>("case.digests", moved.pseudonym(), twice),
                new org.apache.kafka.clients.producer.ProducerRecord<>("case.digests", moved.pseudonym(), twice)));
        Digests.awaitConsumed(db(), List.of("dup-" + moved.pseudonym().substring(0, 16)));
        // a marker behind the duplicate on the same key: once it is in, both copies have been consumed
        Digests.publish(db(), youths.get(0).sequence(7).status("CLOSED").region("south"));

        assertEquals(Map.of("CLOSED", 5L), counts("north", month, "STATUS"));
        assertEquals(Map.of("ALL", 5L), counts("north", month, "CASES"));
        assertEquals(Map.of("CLOSED", 1L), counts("south", month, "STATUS"));
        assertEquals(1, db().count("select count(*) from inbox_event where event_id = ?",
                "dup-" + moved.pseudonym().substring(0, 16)));
        assertEquals(7, db().count("select sequence from case_digest where pseudonym = ?", moved.pseudonym()));

        as("ada").queryParam("quarter", Digests.quarter(month))
                .get("/api/advisory/digest").then().statusCode(200).body("cases", equalTo(5));
    }

    private Map<String, Long> counts(String region, YearMonth month, String dimension) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String row : db().strings("""
                select category || '=' || cases from digest_count
                where region = ? and month = ? and dimension = ? and cases <> 0""",
                region, java.sql.Date.valueOf(month.atDay(1)), dimension)) {
            String[] kv = row.split("=");
            counts.put(kv[0], Long.parseLong(kv[1]));
        }
        return counts;
    }

    private static void assertCells(JsonPath stats, String dimension, Map<String, String> expected) {
        List<Map<String, Object>> cells = stats.getList("breakdowns.find { it.dimension == '" + dimension + "' }.cells");
        assertFalse(cells.isEmpty(), dimension);
        expected.forEach((category, want) -> {
            Map<String, Object> cell = cells.stream().filter(c -> category.equals(c.get("category"))).findFirst()
                    .orElseThrow(() -> new AssertionError(dimension + " has no " + category));
            if (want.equals("hidden")) {
                assertEquals(true, cell.get("suppressed"), dimension + " " + category);
                assertNull(cell.get("cases"), dimension + " " + category);
            } else {
                assertEquals(false, cell.get("suppressed"), dimension + " " + category);
                assertEquals(Integer.parseInt(want), cell.get("cases"), dimension + " " + category);
            }
        });
    }

    private Db db() {
        return new Db(dataSource);
    }
}
