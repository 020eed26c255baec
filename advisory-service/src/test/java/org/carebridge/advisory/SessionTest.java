package org.carebridge.advisory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.carebridge.stack.testing.StackSupport.refusedNaming;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Advisory sessions: the agenda from open referrals (most urgent, then oldest first), minutes, decisions. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class SessionTest {

    @Inject
    DataSource dataSource;

    @Test
    void theAgendaPutsTheMostUrgentThenTheOldestFirstAndHandledReferralsAreMarked() {
        Referred highLater = referral("HIGH", "2001-03-01T10:00:00Z");
        Referred highOldest = referral("HIGH", "2001-01-01T10:00:00Z");
        Referred low = referral("LOW", "2000-01-01T10:00:00Z");
        Referred medium = referral("MEDIUM", "2000-06-01T10:00:00Z");

        String session = as("ada").contentType(ContentType.JSON)
                .body(Map.of("date", "2026-12-10", "members", List.of("ada", "an expert"), "agendaSize", 50))
                .post("/api/advisory/sessions").then().statusCode(201)
                .body("date", equalTo("2026-12-10")).body("members", equalTo(List.of("ada", "an expert")))
                .body("agenda[0].referralId", equalTo(highOldest.referralId().toString()))
                .body("agenda[1].referralId", equalTo(highLater.referralId().toString()))
                .body("agenda[0].handled", equalTo(false))
                .extract().path("id");
        List<String> agenda = as("ada").get("/api/advisory/sessions/{id}", session).then().statusCode(200)
                .extract().path("agenda.referralId");
        // the same rule, computed independently by the database
        List<String> expected = db().strings("""
                select id::text from referral where region = 'north' and status = 'OPEN' and handled_in_session is null
                order by case urgency when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, referred_at, id limit 50""");
        assertEquals(expected, agenda);
        if (agenda.contains(low.referralId().toString())) {
            assertTrue(agenda.indexOf(medium.referralId().toString()) < agenda.indexOf(low.referralId().toString()));
        }

        as("ada").contentType(ContentType.JSON).body(Map.of("minutes", "Discussed two school-access cases."))
                .put("/api/advisory/sessions/{id}/minutes", session).then().statusCode(200)
                .body("minutes", equalTo("Discussed two school-access cases."));
        as("ada").contentType(ContentType.JSON)
                .body(Map.of("referralId", highOldest.referralId().toString(), "decision", "Ask the regional platform.",
                        "final", true))
                .post("/api/advisory/sessions/{id}/decisions", session).then().statusCode(200)
                .body("agenda[0].handled", equalTo(true)).body("agenda[0].decision", equalTo("Ask the regional platform."))
                .body("agenda[0].decidedBy", equalTo("ada")).body("agenda[1].handled", equalTo(false));
        as("ada").contentType(ContentType.JSON)
                .body(Map.of("referralId", highOldest.referralId().toString(), "decision", "again"))
                .post("/api/advisory/sessions/{id}/decisions", session).then().statusCode(409);
        as("ada").contentType(ContentType.JSON)
                .body(Map.of("referralId", UUID.randomUUID().toString(), "decision", "x"))
                .post("/api/advisory/sessions/{id}/decisions", session).then().statusCode(400)
                .body("errors.field", hasItem("referralId"));

        as("ada").get("/api/advisory/referrals/{id}", highOldest.referralId()).then().statusCode(200)
                .body("handledInSession", equalTo(session));
        as("ada").get("/api/advisory/referrals/{id}", highLater.referralId()).then().statusCode(200)
                .body("handledInSession", nullValue());
        // the next meeting no longer lists what a session handled
        as("ada").contentType(ContentType.JSON).body(Map.of("date", "2027-01-14", "members", List.of("ada")))
                .post("/api/advisory/sessions").then().statusCode(201)
                .body("agenda.referralId", not(hasItem(highOldest.referralId().toString())))
                .body("agenda[0].referralId", equalTo(highLater.referralId().toString()));
        as("ada").get("/api/advisory/sessions").then().statusCode(200).body("items.id", hasItem(session));
        assertFalse(db().strings("select action from audit_entry where object_type = 'session' and object_id = ?", session).isEmpty());
    }

    @Test
    void anotherRegionsSessionDoesNotExist() {
        UUID id = UUID.randomUUID();
        db().update("""
                insert into advisory_session (id, region, held_on, members, minutes, created_by, created_at, version)
                values (?, 'south', date '2026-12-01', '{sam}', '', 'sam', now(), 0)""", id);
        as("ada").get("/api/advisory/sessions/{id}", id).then().statusCode(404).contentType("application/problem+json");
        as("ada").contentType(ContentType.JSON).body(Map.of("minutes", "x"))
                .put("/api/advisory/sessions/{id}/minutes", id).then().statusCode(404);
        as("ada").queryParam("size", 100).get("/api/advisory/sessions").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no date|{\"members\":[\"ada\"]}|date",
            "bad date|{\"date\":\"10-12-2026\",\"members\":[\"ada\"]}|date",
            "date beyond any calendar|{\"date\":\"+999999999-12-10\",\"members\":[\"ada\"]}|date",
            "no members|{\"date\":\"2026-12-10\",\"members\":[]}|members",
            "blank member|{\"date\":\"2026-12-10\",\"members\":[\" \"]}|members[0]",
            "agenda too long|{\"date\":\"2026-12-10\",\"members\":[\"ada\"],\"agendaSize\":51}|agendaSize",
            "unknown field|{\"date\":\"2026-12-10\",\"members\":[\"ada\"],\"youthName\":\"x\"}|youthName"})
    void badSessionsAreNamed(String name, String body, String field) {
        refusedNaming(field, as("ada").contentType(ContentType.JSON).body(body).post("/api/advisory/sessions"));
    }

    @Test
    void badDecisionsAndMinutesAreNamed() {
        as("ada").contentType(ContentType.JSON).body("{\"decision\":\"x\"}")
                .post("/api/advisory/sessions/{id}/decisions", UUID.randomUUID()).then().statusCode(400)
                .body("errors.field", hasItem("referralId"));
        as("ada").contentType(ContentType.JSON).body("{}")
                .put("/api/advisory/sessions/{id}/minutes", UUID.randomUUID()).then().statusCode(400)
                .body("errors.field", hasItem("minutes"));
        as("ada").get("/api/advisory/sessions/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private Referred referral(String urgency, String referredAt) {
        Referred event = AdvisoryEvents.referred("north");
        ObjectNode data = event.data();
        data.put("urgency", urgency);
        data.put("referredAt", referredAt);
        return AdvisoryEvents.arrived(event, data);
    }

    private Db db() {
        return new Db(dataSource);
    }
}
