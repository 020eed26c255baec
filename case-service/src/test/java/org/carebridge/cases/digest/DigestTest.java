package org.carebridge.cases.digest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.cases.CaseEvents;
import org.carebridge.cases.EventsTest;
import org.carebridge.cases.escalation.advice.AdviceGivenV1;
import org.carebridge.cases.alert.AlertScan;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.cases.escalation.resolution.EscalationResolvedV1;
import org.carebridge.cases.support.TestClock;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.decideHandover;
import static org.carebridge.cases.CaseApi.escalate;
import static org.carebridge.cases.CaseApi.handover;
import static org.carebridge.cases.CaseApi.newEscalation;
import static org.carebridge.cases.CaseApi.requestHandover;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * case.digest.v1: one pseudonymised snapshot per transaction that changed a field of it, numbered per case, shaped
 * exactly as the contract's example, with nothing personal in it; its values follow the case and the test's clock.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class DigestTest extends EventsTest {

    static final ZoneId LOCAL = ZoneId.of("Europe/Brussels");
    static final String GOAL_TITLE = "Find an internship at the bakery";

    @Inject
    EntityManager em;
    @Inject
    Pseudonyms pseudonyms;
    @Inject
    Event<CaseChanged> changed;
    @Inject
    AlertScan scan;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDigestFollowsTheCaseAndLeavesEverythingPersonalBehind() {
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.now(LOCAL).minusYears(16).minusMonths(3);
        String caseId = createCase("anna", family, born);
        addMember("anna", caseId, "ben");
        addGoal(caseId, "ben", LocalDate.now(LOCAL).plusDays(10));
        String reached = addGoal(caseId, "anna", LocalDate.now(LOCAL).plusDays(20));
        as("anna").body(Map.of("title", GOAL_TITLE, "owner", "anna", "dueDate", LocalDate.now(LOCAL).plusDays(20)
                .toString(), "status", "DONE")).when().put("/api/cases/{id}/goals/{g}", caseId, reached)
                .then().statusCode(200);
        String escalationId = escalate("anna", caseId);
        JsonNode escalated = last(caseId);
        as("ben").when().post("/api/cases/{c}/escalations/{e}/withdrawal", caseId, escalationId).then().statusCode(200);

        List<JsonNode> all = digests(caseId);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).get("sequence").asInt(), "the sequence counts every digest of the case");
        }
        assertEquals(7, all.size(), "opened, member, two goals, one done, escalated, withdrawn");
        assertEquals("ESCALATED", escalated.get("status").asText());
        assertEquals(List.of("SCHOOL_ACCESS"), texts(escalated.get("openBarriers")));
        assertTrue(escalated.get("escalations").get(0).get("endedBy").isNull());

        JsonNode digest = last(caseId);
        assertEquals("OPEN", digest.get("status").asText());
        assertEquals(List.of(), texts(digest.get("openBarriers")));
        JsonNode escalation = digest.get("escalations").get(0);
        assertEquals("SCHOOL_ACCESS", escalation.get("barrier").asText());
        assertEquals("HIGH", escalation.get("urgency").asText());
        assertEquals("TEAM", escalation.get("endedBy").asText());
        assertFalse(escalation.get("endedAt").isNull());
        assertEquals(2, digest.get("members").asInt());
        assertTrue(digest.get("hasLead").asBoolean());
        assertEquals(List.of(1, 1, 0), List.of(digest.get("goalsOpen").asInt(), digest.get("goalsDone").asInt(),
                digest.get("goalsOverdue").asInt()));
        assertEquals("north", digest.get("region").asText());
        assertEquals("16-17", digest.get("ageBand").asText());
        assertEquals(Set.of("SCHOOL", "WELLBEING"), Set.copyOf(texts(digest.get("domains"))));
        assertEquals("INTENSIVE", digest.get("intensity").asText());
        assertEquals(LocalDate.now(LOCAL).toString(), digest.get("openedOn").asText());
        assertTrue(digest.get("closedOn").isNull());
        assertTrue(digest.get("outcome").isNull());
        assertEquals("NOT_DUE", digest.get("transition18").asText());

        // on the broker: keyed and addressed by the pseudonym, shaped as the example, nothing personal
        String pseudonym = pseudonyms.of(UUID.fromString(caseId));
        ConsumerRecord<String, String> record = events.published(CaseDigestV1.TOPIC, pseudonym, CaseDigestV1.TYPE,
                all.size()).get(all.size() - 1);
        JsonNode event = CaseEvents.read(record.value());
        AsyncApiDocument.ours().assertProducedShape(CaseDigestV1.TYPE, event);
        assertEquals(pseudonym, event.get("subject").asText());
        assertEquals(pseudonym, event.get("data").get("pseudonym").asText());
        for (String personal : List.of(caseId, family, "Samira", born.toString(), "anna", "ben", GOAL_TITLE,
                newEscalation().get("whatWasTried").toString())) {
            assertFalse(record.value().contains(personal), personal + " left case-service in a digest");
        }
    }

    @Test
    void oneTransactionGivesOneDigestAndAChangeOfNoFieldGivesNone() {
        String caseId = createCase("anna");
        int before = digests(caseId).size();

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update care_case set intensity = 'LIGHT' where id = cast(?1 as uuid)")
                    .setParameter(1, caseId).executeUpdate();
            changed.fire(new CaseChanged(UUID.fromString(caseId)));
            changed.fire(new CaseChanged(UUID.fromString(caseId)));
        });
        assertEquals(before + 1, digests(caseId).size(), "the same state announced twice, one digest");
        assertEquals("LIGHT", last(caseId).get("intensity").asText());

        as("anna").body(Map.of("kind", "NOTE", "text", "Met the youth at school.")).when()
                .post("/api/cases/{id}/notes", caseId).then().statusCode(201);
        assertEquals(before + 1, digests(caseId).size(), "a note changes no field of the digest");

        // accepting adds the receiver to the team and makes them the lead: one transaction, one digest
        decideHandover("ben", requestHandover("anna", caseId,
                handover("CASE", "LEAD_CHANGE", "ben", "social-services", null)), "accept").statusCode(200);
        assertEquals(before + 2, digests(caseId).size());
        assertEquals(2, last(caseId).get("members").asInt());
        assertEquals(before + 2, last(caseId).get("sequence").asInt());
    }

    @Test
    void transitionAt18AndOverdueGoalsFollowTheClock() {
        LocalDate born = LocalDate.now(LOCAL).minusYears(18).plusMonths(6).plusDays(10);
        String caseId = createCase("anna", uniqueFamilyName(), born);
        addGoal(caseId, "anna", LocalDate.now(LOCAL).plusDays(1));
        assertEquals("NOT_DUE", last(caseId).get("transition18").asText());
        assertEquals(0, last(caseId).get("goalsOverdue").asInt());

        // the alerts these twenty days raise (age 18, the overdue goal) bring the digest up to date
        clock.advance(Duration.ofDays(20));
        scan.runOnce();
        JsonNode pending = last(caseId);
        assertEquals("PENDING", pending.get("transition18").asText());
        assertEquals(1, pending.get("goalsOverdue").asInt());
        assertEquals(1, pending.get("goalsOpen").asInt());

        decideHandover("ben", requestHandover("anna", caseId,
                handover("CASE", "AGE_18_TRANSITION", "ben", "social-services", null)), "accept").statusCode(200);
        assertEquals("ON_TIME", last(caseId).get("transition18").asText());
    }

    @Test
    void adviceEndsAnEscalationForTheAdvisoryGroupEvenWhenTheBridgeResolvesItAfterwards() {
        String caseId = createCase("anna");
        String escalationId = escalate("anna", caseId);
        String pseudonym = pseudonyms.of(UUID.fromString(caseId));

        events.send("advisory.advice", pseudonym, CaseEvents.cloudEvent(UUID.randomUUID(),
                "carebridge/advisory-service", AdviceGivenV1.TYPE, UUID.randomUUID().toString(), Map.of(
                        "adviceId", UUID.randomUUID().toString(), "referralId", UUID.randomUUID().toString(),
                        "escalationId", escalationId, "pseudonym", pseudonym, "advice", "Ask for a bridging class.",
                        "givenBy", "ada", "givenAt", "2026-11-30T14:02:10Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals("ADVISORY", last(caseId).get("escalations").get(0).get("endedBy").asText()));
        assertEquals("ESCALATED", last(caseId).get("status").asText(), "the bridge still owns an advised escalation");

        events.send(EscalationResolvedV1.TOPIC, caseId, CaseEvents.cloudEvent(UUID.randomUUID(),
                "carebridge/network-service", EscalationResolvedV1.TYPE, escalationId, Map.of(
                        "escalationId", escalationId, "caseId", caseId, "region", "north",
                        "outcome", "UNBLOCKED", "advice", "Done.", "resolvedBy", "bruno",
                        "resolvedAt", "2026-12-01T10:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals("OPEN", last(caseId).get("status").asText()));
        JsonNode resolved = last(caseId);
        assertEquals(List.of(), texts(resolved.get("openBarriers")));
        assertEquals("ADVISORY", resolved.get("escalations").get(0).get("endedBy").asText(),
                "the advice ended it; the bridge's resolution came after");
    }

    @Test
    void closingAndErasureReachTheDigestUnderTheAgeBandTheCaseLastHad() {
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.now(LOCAL).minusYears(17).minusMonths(1);
        String caseId = createCase("anna", family, born);
        String escalationId = escalate("anna", caseId);
        as("anna").when().post("/api/cases/{c}/escalations/{e}/withdrawal", caseId, escalationId).then().statusCode(200);
        JsonNode beforeErasure = last(caseId);

        // an open case erased on request is closed with outcome OTHER and its data goes; the digest still follows
        as("nils").body(Map.of("reason", "YOUTH_REQUEST")).when().post("/api/cases/{id}/erasure", caseId)
                .then().statusCode(200);
        JsonNode erased = last(caseId);
        assertEquals(beforeErasure.get("sequence").asInt() + 1, erased.get("sequence").asInt(),
                "closing and erasing in one transaction give one digest");
        assertEquals("CLOSED", erased.get("status").asText());
        assertEquals("OTHER", erased.get("outcome").asText());
        assertEquals(LocalDate.now(LOCAL).toString(), erased.get("closedOn").asText());
        assertEquals("16-17", erased.get("ageBand").asText(), "the band the case had, though the birth date is gone");
        assertEquals(beforeErasure.get("transition18").asText(), erased.get("transition18").asText());
        assertEquals(1, erased.get("escalations").size());

        String whatWasTried = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select what_was_tried from escalation where id = ?1").setParameter(1, UUID.fromString(escalationId))
                .getSingleResult());
        assertEquals("[erased]", whatWasTried, "the team's text for the bridge is erased with the rest");
    }

    private static String addGoal(String caseId, String owner, LocalDate due) {
        return as("anna").body(Map.of("domain", "WORK", "title", GOAL_TITLE, "owner", owner, "dueDate", due.toString()))
                .when().post("/api/cases/{id}/goals", caseId).then().statusCode(201).extract().path("id");
    }

    private JsonNode last(String caseId) {
        List<JsonNode> all = digests(caseId);
        return all.get(all.size() - 1);
    }

    /** The case's digests in the outbox, in the order they were written (the data of each). */
    @SuppressWarnings("unchecked")
    private List<JsonNode> digests(String caseId) {
        String pseudonym = pseudonyms.of(UUID.fromString(caseId));
        List<String> envelopes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select envelope from outbox_event where event_key = ?1 and event_type = ?2 order by created_at")
                .setParameter(1, pseudonym).setParameter(2, CaseDigestV1.TYPE).getResultList());
        List<JsonNode> data = new ArrayList<>();
        envelopes.forEach(e -> data.add(CaseEvents.read(e).get("data")));
        data.sort((a, b) -> Long.compare(a.get("sequence").asLong(), b.get("sequence").asLong()));
        return data;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
