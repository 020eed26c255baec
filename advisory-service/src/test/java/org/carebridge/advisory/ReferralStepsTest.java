package org.carebridge.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.advisory.referral.ReferralWatch;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.carebridge.stack.testing.StackSupport.refusedNaming;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The advisory tier owns its step, on the real stack: a referral is due by its urgency, gets an owner among the
 * region's advisory members, reminds once and climbs to the chair once, stays on the agenda until a final decision,
 * closes with a reason, and every step reaches advisory.steps for the case team.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class ReferralStepsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ReferralWatch watch;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aReferralIsDueByItsUrgencyFromTheDayItArrived() {
        Instant arrival = Instant.parse("2031-02-10T08:00:00Z");
        TestClock.set(arrival);
        for (var urgency : Map.of("HIGH", 7, "MEDIUM", 14, "LOW", 28).entrySet()) {
            Referred event = AdvisoryEvents.referred("north");
            ObjectNode data = event.data();
            data.put("urgency", urgency.getKey());
            AdvisoryEvents.arrived(event, data);
            as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200)
                    .body("dueDate", equalTo(LocalDate.of(2031, 2, 10).plusDays(urgency.getValue()).toString()))
                    .body("owner", nullValue()).body("decisions", equalTo(List.of()));
        }
    }

    @Test
    void anAdvisoryMemberOfTheRegionOwnsItAndTheStepReachesTheCaseTeam() throws Exception {
        Referred event = AdvisoryEvents.arrived(AdvisoryEvents.referred("north"));
        try (ConsumerTask<String, String> steps = steps(event)) {
            as("ada").contentType(ContentType.JSON).body(Map.of("owner", "ada"))
                    .post("/api/advisory/referrals/{id}/owner", event.referralId()).then().statusCode(200)
                    .body("owner", equalTo("ada")).body("status", equalTo("OPEN"));
            steps.awaitRecords(1, PATIENCE);
            ConsumerRecord<String, String> record = steps.getFirstRecord();
            assertEquals(event.escalationId().toString(), record.key());
            assertEquals("advisory.referral-step.v1",
                    new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
            JsonNode envelope = AdvisoryEvents.JSON.readTree(record.value());
            assertEquals("advisory.referral-step.v1", envelope.get("type").asText());
            assertEquals(event.referralId().toString(), envelope.get("subject").asText());
            JsonNode data = envelope.get("data");
            assertEquals(Set.of("stepId", "referralId", "escalationId", "step", "owner", "dueDate", "at", "actor",
                    "sessionId", "decision", "reason", "climbedTo"), fieldNames(data));
            assertEquals("OWNER_SET", data.get("step").asText());
            assertTrue(data.get("climbedTo").isNull(), "only a climb names whom it climbed to");
            assertEquals("ada", data.get("owner").asText());
            assertEquals("ada", data.get("actor").asText());
            assertEquals(event.referralId().toString(), data.get("referralId").asText());
            assertEquals(event.escalationId().toString(), data.get("escalationId").asText());
            assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(), data.get("dueDate").asText());
            assertEquals(true, data.get("decision").isNull());
            // nothing about the youth travels: no pseudonym, no question
            assertEquals(false, record.value().contains(event.pseudonym()) || record.value().contains(event.question()));
        }
        assertEquals(1, Db.ofService().count("select count(*) from audit_entry where object_type = 'referral' "
                + "and object_id = ? and action = 'SET_OWNER' and actor = 'ada'", event.referralId().toString()));
        as("ada").contentType(ContentType.JSON).body(Map.of("owner", "ada"))
                .post("/api/advisory/referrals/{id}/owner", event.referralId()).then().statusCode(409);
    }

    @Test
    void anOwnerWhoIsNoAdvisoryMemberOfTheRegionIsRefusedNamingOwner() {
        Referred event = AdvisoryEvents.arrived(AdvisoryEvents.referred("north"));
        // sam is an advisory member, of another region
        Db.ofService().update("""
                insert into advisory_member (username, region, last_seen_at) values ('sam', 'south', now())
                on conflict do nothing""");
        for (String owner : List.of("bruno", "sam", "nobody-at-all")) {
            refusedNaming("owner", as("ada").contentType(ContentType.JSON).body(Map.of("owner", owner))
                    .post("/api/advisory/referrals/{id}/owner", event.referralId()));
        }
        refusedNaming("owner", as("ada").contentType(ContentType.JSON).body(Map.of("owner", " "))
                .post("/api/advisory/referrals/{id}/owner", event.referralId()));
        as("ada").get("/api/advisory/referrals/{id}", event.referralId()).then().statusCode(200)
                .body("owner", nullValue());
        Referred south = AdvisoryEvents.arrived(AdvisoryEvents.referred("south"));
        as("ada").contentType(ContentType.JSON).body(Map.of("owner", "ada"))
                .post("/api/advisory/referrals/{id}/owner", south.referralId()).then().statusCode(404);
    }

    @Test
    void theWatchRemindsOnceNearTheDueDateAndClimbsToTheChairOnceAfterIt() {
        Instant arrival = Instant.now();
        TestClock.set(arrival);
        Referred event = AdvisoryEvents.arrived(AdvisoryEvents.referred("north")); // HIGH: due in 7 days
        String id = event.referralId().toString();

        TestClock.set(arrival.plus(Duration.ofDays(4)));
        watch.sweep();
        assertEquals(0, audited(id, "REMIND"));

        TestClock.set(arrival.plus(Duration.ofDays(5)));
        watch.sweep();
        watch.sweep();
        assertEquals(1, audited(id, "REMIND"));
        assertEquals(0, audited(id, "CLIMB"));
        as("ada").get("/api/advisory/referrals/{id}", id).then().statusCode(200)
                .body("remindedAt", notNullValue()).body("climbedTo", nullValue());

        TestClock.set(arrival.plus(Duration.ofDays(8)));
        watch.sweep();
        watch.sweep();
        assertEquals(1, audited(id, "REMIND"));
        assertEquals(1, audited(id, "CLIMB"));
        as("ada").get("/api/advisory/referrals/{id}", id).then().statusCode(200).body("climbedTo", equalTo("ada"));
        // the climb names its chair (network-service emails them), the reminder nobody: it goes to the owner
        assertEquals(List.of("REMINDED to -", "CLIMBED to ada"), Db.ofService().strings("""
                select (envelope::json -> 'data' ->> 'step') || ' to '
                || coalesce(envelope::json -> 'data' ->> 'climbedTo', '-') from outbox_event where event_key = ?
                and envelope::json -> 'data' ->> 'referralId' = ? order by created_at""", event.escalationId().toString(), id));
    }

    @Test
    void aDecisionThatIsNotFinalKeepsTheReferralOnTheNextSessionsAgenda() {
        Referred event = AdvisoryEvents.referred("north");
        ObjectNode data = event.data();
        data.put("referredAt", "1990-01-01T00:00:00Z"); // older than any other test's: first on the agenda
        AdvisoryEvents.arrived(event, data);
        String id = event.referralId().toString();
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();

        String first = plan("2031-01-09");
        refusedNaming("owner", decide(first, Map.of("referralId", id, "decision", "ask the board")));
        decide(first, Map.of("referralId", id, "decision", "Ask the school board first.", "owner", "ada",
                "dueDate", due, "final", false)).then().statusCode(200)
                .body("agenda[0].referralId", equalTo(id)).body("agenda[0].final", equalTo(false))
                .body("agenda[0].owner", equalTo("ada")).body("agenda[0].dueDate", equalTo(due));
        as("ada").get("/api/advisory/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("handledInSession", nullValue())
                .body("decisions[0].text", equalTo("Ask the school board first."))
                .body("decisions[0].final", equalTo(false)).body("decisions[0].owner", equalTo("ada"))
                .body("decisions[0].dueDate", equalTo(due));

        String second = plan("2031-02-13");
        as("ada").get("/api/advisory/sessions/{id}", second).then().statusCode(200)
                .body("agenda.referralId", hasItem(id));
        decide(second, Map.of("referralId", id, "decision", "Advise a bridging class.", "final", true))
                .then().statusCode(200);
        String third = plan("2031-03-13");
        as("ada").get("/api/advisory/sessions/{id}", third).then().statusCode(200)
                .body("agenda.referralId", not(hasItem(id)));
        as("ada").get("/api/advisory/referrals/{id}", id).then().statusCode(200)
                .body("handledInSession", equalTo(second)).body("decisions.final", equalTo(List.of(false, true)));
        assertEquals(List.of("TAKEN_UP", "DECISION", "TAKEN_UP", "DECISION"), Db.ofService().strings("""
                select envelope::json -> 'data' ->> 'step' from outbox_event where event_key = ?
                and envelope::json -> 'data' ->> 'referralId' = ? order by created_at""", event.escalationId().toString(), id));
    }

    @Test
    void aReferralIsClosedWithoutAdviceOnlyWithAReason() {
        Referred event = AdvisoryEvents.arrived(AdvisoryEvents.referred("north"));
        refusedNaming("reason", as("ada").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/advisory/referrals/{id}/closure", event.referralId()));
        refusedNaming("reason", as("ada").contentType(ContentType.JSON).body("{}")
                .post("/api/advisory/referrals/{id}/closure", event.referralId()));
        as("ada").contentType(ContentType.JSON).body(Map.of("reason", "The bridge found a school place."))
                .post("/api/advisory/referrals/{id}/closure", event.referralId()).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("The bridge found a school place."));
        as("ada").contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/advisory/referrals/{id}/closure", event.referralId()).then().statusCode(409);
        as("ada").contentType(ContentType.JSON).body(Map.of("advice", "late"))
                .post("/api/advisory/referrals/{id}/advice", event.referralId()).then().statusCode(409);
        assertEquals(List.of("The bridge found a school place."), Db.ofService().strings("""
                select envelope::json -> 'data' ->> 'reason' from outbox_event where event_key = ?
                and envelope::json -> 'data' ->> 'step' = 'CLOSED'""", event.escalationId().toString()));
        as("ada").queryParam("status", "CLOSED").queryParam("size", 100).get("/api/advisory/referrals")
                .then().statusCode(200).body("items.id", hasItem(event.referralId().toString()));
    }

    private static String plan(String date) {
        return as("ada").contentType(ContentType.JSON)
                .body(Map.of("date", date, "members", List.of("ada"), "agendaSize", 50))
                .post("/api/advisory/sessions").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response decide(String session, Map<String, Object> body) {
        return as("ada").contentType(ContentType.JSON).body(body)
                .post("/api/advisory/sessions/{id}/decisions", session);
    }

    private static long audited(String referralId, String action) {
        return Db.ofService().count("select count(*) from audit_entry where object_type = 'referral' and object_id = ? "
                + "and action = ?", referralId, action);
    }

    private static ConsumerTask<String, String> steps(Referred event) {
        return StackSupport.kafka().consumeStrings().fromTopics("advisory.steps",
                m -> m.select().where(r -> event.escalationId().toString().equals(r.key())));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
