package org.carebridge.advisory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.advisory.Digests.Digest;
import org.carebridge.advisory.Digests.Escalation;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.carebridge.stack.testing.StackSupport.refusedNaming;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The barrier register against real Kafka and PostgreSQL: counts over time from digests and referrals
 * (each month suppressed on its own, no total over the window), pseudonymised evidence, and a policy signal exported as
 * JSON and as a PDF whose text is read back. RESIDENCE_STATUS is this test's own category.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class BarrierRegisterTest {

    private static final String TITLE = "No school place after 18 for reception-class pupils";

    @Inject
    DataSource dataSource;

    @AfterEach
    void realTimeAgain() {
        TestClock.reset();
    }

    @Test
    void countsEvidenceAndAPolicySignalAsJsonAndPdf() throws Exception {
        // a moment of the test's choosing, with no other test's data around it
        YearMonth now = YearMonth.of(2031, 5);
        TestClock.set(Instant.parse("2031-05-15T12:00:00Z"));
        String id = as("ada").contentType(ContentType.JSON)
                .body(Map.of("title", TITLE, "description", "Pupils of reception classes lose their place at 18.",
                        "category", "RESIDENCE_STATUS"))
                .post("/api/advisory/barriers").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("owner", equalTo("ada")).body("region", equalTo("north"))
                .extract().path("id");

        // cases hitting the barrier: 7 this month (one of them twice), 6 last month, 5 in each of the four before,
        // and 2 six months ago
        List<Digest> digests = new ArrayList<>();
        int[] perMonth = {7, 6, 5, 5, 5, 5, 2};
        for (int back = 0; back < perMonth.length; back++) {
            OffsetDateTime raised = now.minusMonths(back).atDay(1).atTime(10, 0).atOffset(ZoneOffset.UTC);
            for (int i = 0; i < perMonth[back]; i++) {
                Escalation e = new Escalation("RESIDENCE_STATUS", raised, null, null);
                digests.add(Digests.of("north", Digests.freshMonth()).escalations(i == 0 ? new Escalation[]{e, e} : new Escalation[]{e}));
            }
        }
        digests.add(Digests.of("south", Digests.freshMonth()).escalations(new Escalation("RESIDENCE_STATUS",
                now.atDay(2).atTime(9, 0).atOffset(ZoneOffset.UTC), null, null)));
        Digests.publish(db(), digests);

        List<Referred> referrals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            referrals.add(referred(now));
        }

        JsonPath barrier = as("ada").get("/api/advisory/barriers/{id}", id).then().statusCode(200)
                .body("casesByMonth.total", nullValue()).body("referralsByMonth.total", nullValue())
                .body("trend", equalTo("RISING")) // 18 against 15, all six months shown
                .body("casesByMonth.cells", hasSize(12)).body("to", equalTo(now.toString()))
                .extract().jsonPath();
        assertEquals(7, barrier.getInt("casesByMonth.cells.find { it.category == '" + now + "' }.cases"));
        assertEquals(6, barrier.getInt("casesByMonth.cells.find { it.category == '" + now.minusMonths(1) + "' }.cases"));
        assertEquals(5, barrier.getInt("casesByMonth.cells.find { it.category == '" + now.minusMonths(5) + "' }.cases"));
        assertTrue(barrier.getBoolean("casesByMonth.cells.find { it.category == '" + now.minusMonths(6) + "' }.suppressed"));
        assertNull(barrier.get("casesByMonth.cells.find { it.category == '" + now.minusMonths(6) + "' }.cases"));
        assertEquals(6, barrier.getInt("referralsByMonth.cells.find { it.category == '" + now + "' }.cases"));
        // the old differencing: 7 months minus 6 months was the 2 of six months ago. No window has a total now,
        // and a month reads the same in every window, so two windows differ by nothing that was hidden.
        for (int months = 1; months <= 12; months++) {
            JsonPath window = as("ada").queryParam("months", months).get("/api/advisory/barriers/{id}", id)
                    .then().statusCode(200).body("casesByMonth.total", nullValue())
                    .body("casesByMonth.totalSuppressed", equalTo(false)).extract().jsonPath();
            List<Map<String, Object>> cells = window.getList("casesByMonth.cells");
            assertEquals(months, cells.size());
            for (Map<String, Object> cell : cells) {
                assertEquals(barrier.getMap("casesByMonth.cells.find { it.category == '" + cell.get("category") + "' }"),
                        cell, "month " + cell.get("category") + " in a window of " + months);
            }
        }

        for (Referred r : List.of(referrals.get(0), referrals.get(1), referrals.get(0))) {
            as("ada").contentType(ContentType.JSON).body(Map.of("referralId", r.referralId().toString()))
                    .post("/api/advisory/barriers/{id}/evidence", id).then().statusCode(200);
        }
        as("ada").get("/api/advisory/barriers/{id}", id).then().statusCode(200)
                .body("evidence", hasSize(2)) // added at the same (frozen) instant: their order is not the point
                .body("evidence.pseudonym", containsInAnyOrder(referrals.get(0).pseudonym(), referrals.get(1).pseudonym()))
                .body("evidence.bridgeSteps", everyItem(equalTo(List.of("CLAIMED", "CONSULTATION_CONVENED"))));
        Referred south = referred(now, "south");
        as("ada").contentType(ContentType.JSON).body(Map.of("referralId", south.referralId().toString()))
                .post("/api/advisory/barriers/{id}/evidence", id).then().statusCode(404);

        String signalJson = as("ada").post("/api/advisory/barriers/{id}/signals", id).then().statusCode(201)
                .body("title", equalTo(TITLE)).body("k", equalTo(5))
                .body("casesByMonth.total", nullValue()).body("examples", hasSize(2)).body("trend", equalTo("RISING"))
                .body("examples[0].ageBand", equalTo("16-17"))
                .extract().asString();
        String signalId = JsonPath.from(signalJson).getString("signalId");
        assertFalse(signalJson.contains(referrals.get(0).pseudonym()), "examples are anonymised");
        assertFalse(signalJson.contains(referrals.get(0).referralId().toString()));
        assertFalse(signalJson.contains(referrals.get(0).question()));
        as("ada").get("/api/advisory/barriers/{id}", id).then().body("status", equalTo("SIGNALLED"));
        as("ada").get("/api/advisory/signals/{id}", signalId).then().statusCode(200)
                .body("signalId", equalTo(signalId))
                .body("casesByMonth.cells.find { it.category == '" + now + "' }.cases", equalTo(7));
        as("ada").get("/api/advisory/signals").then().statusCode(200).body("items.signalId", hasItem(signalId));

        byte[] pdf = as("ada").get("/api/advisory/signals/{id}/pdf", signalId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Policy signal: " + TITLE), text);
        assertTrue(text.contains("RESIDENCE_STATUS"), text);
        assertTrue(text.contains("Cases hitting the barrier per month:"), text);
        assertFalse(text.contains("in total"), text);
        assertTrue(text.contains("RISING"), text);
        assertTrue(text.contains(now + ": 7"), text);
        assertTrue(text.contains(now.minusMonths(6) + ": <5"), text);
        assertTrue(text.contains("age 16-17"), text);
        assertFalse(text.contains(referrals.get(0).pseudonym()), text);
    }

    @Test
    void anotherRegionsBarriersAndSignalsDoNotExist() {
        UUID barrier = UUID.randomUUID();
        db().update("""
                insert into structural_barrier (id, title, description, category, region, status, owner, created_by,
                                                created_at, updated_at, version)
                values (?, 't', 'd', 'HOUSING', 'south', 'OPEN', 'sam', 'sam', now(), now(), 0)""", barrier);
        UUID signal = UUID.randomUUID();
        db().update("insert into policy_signal (id, barrier_id, region, drafted_by, drafted_at, report) values (?, ?, 'south', 'sam', now(), '{}')",
                signal, barrier);
        as("ada").get("/api/advisory/barriers/{id}", barrier).then().statusCode(404).contentType("application/problem+json");
        as("ada").post("/api/advisory/barriers/{id}/signals", barrier).then().statusCode(404);
        as("ada").get("/api/advisory/signals/{id}", signal).then().statusCode(404);
        as("ada").get("/api/advisory/signals/{id}/pdf", signal).then().statusCode(404);
        as("ada").queryParam("size", 100).get("/api/advisory/barriers").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(barrier.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "blank title|{\"title\":\"\",\"description\":\"d\",\"category\":\"HOUSING\"}|title",
            "unknown category|{\"title\":\"t\",\"description\":\"d\",\"category\":\"WEATHER\"}|category",
            "unknown status|{\"title\":\"t\",\"description\":\"d\",\"category\":\"HOUSING\",\"status\":\"DONE\"}|status",
            "blank owner|{\"title\":\"t\",\"description\":\"d\",\"category\":\"HOUSING\",\"owner\":\"\"}|owner",
            "unknown field|{\"title\":\"t\",\"description\":\"d\",\"category\":\"HOUSING\",\"youthName\":\"x\"}|youthName"})
    void badBarriersAreNamed(String name, String body, String field) {
        refusedNaming(field, as("ada").contentType(ContentType.JSON).body(body).post("/api/advisory/barriers"));
    }

    @Test
    void badParametersAreNamed() {
        as("ada").queryParam("status", "DONE").get("/api/advisory/barriers").then().statusCode(400).body("errors.field", hasItem("status"));
        as("ada").queryParam("category", "X").get("/api/advisory/barriers").then().statusCode(400).body("errors.field", hasItem("category"));
        as("ada").queryParam("months", "0").get("/api/advisory/barriers/{id}", UUID.randomUUID()).then().statusCode(400)
                .body("errors.field", hasItem("months"));
        as("ada").contentType(ContentType.JSON).body("{}").post("/api/advisory/barriers/{id}/evidence", UUID.randomUUID())
                .then().statusCode(400).body("errors.field", hasItem("referralId"));
        as("ada").get("/api/advisory/barriers/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private Referred referred(YearMonth month) {
        return referred(month, "north");
    }

    private Referred referred(YearMonth month, String region) {
        Referred event = AdvisoryEvents.referred(region);
        ObjectNode data = event.data();
        data.put("barrier", "RESIDENCE_STATUS");
        data.put("referredAt", month.atDay(1).atTime(12, 0).atOffset(ZoneOffset.UTC).toString());
        return AdvisoryEvents.arrived(event, data);
    }

    private Db db() {
        return new Db(dataSource);
    }
}
