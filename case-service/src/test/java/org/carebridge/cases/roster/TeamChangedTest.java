package org.carebridge.cases.roster;

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
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.uniqueFamilyName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * case.team-changed.v1: a full snapshot of the team after every transaction that changed it, numbered per case,
 * shaped exactly as the contract's example, keyed by case id, with nothing of the youth in it.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class TeamChangedTest extends EventsTest {

    @Inject
    EntityManager em;
    @Inject
    Event<CaseChanged> changed;
    @Inject
    Pseudonyms pseudonyms;
    @Inject
    TeamBackfill backfill;

    @Test
    void everyChangeOfTheTeamPublishesTheWholeTeamAndNothingOfTheYouth() {
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.now().minusYears(16).minusMonths(5);
        String caseId = createCase("anna", family, born);
        List<JsonNode> all = snapshots(caseId);
        assertEquals(1, all.size(), "opening the case forms its team");
        assertEquals(List.of("anna"), usernames(all.get(0)));
        assertTrue(all.get(0).get("members").get(0).get("lead").asBoolean(), "the creator leads");

        addMember("anna", caseId, "ben");
        as("anna").body(Map.of("organisation", "youth-work", "role", "street worker"))
                .when().put("/api/cases/{id}/members/{u}", caseId, "ben").then().statusCode(200);
        as("anna").body(Map.of("username", "ben")).when().put("/api/cases/{id}/lead", caseId).then().statusCode(200);
        as("ben").body(Map.of("domain", "WORK", "title", "Internship", "owner", "ben",
                        "dueDate", LocalDate.now().plusDays(30).toString()))
                .when().post("/api/cases/{id}/goals", caseId).then().statusCode(201);
        as("ben").body(Map.of("outcome", "GOALS_REACHED")).when().post("/api/cases/{id}/close", caseId)
                .then().statusCode(200);

        all = snapshots(caseId);
        assertEquals(5, all.size(), "opened, member added, member changed, lead moved, closed; the goal is no team news");
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).get("sequence").asInt(), "the sequence counts every snapshot of the case");
        }
        JsonNode ben = all.get(2).get("members").get(1);
        assertEquals(List.of("ben", "youth-work", "street worker", "false"), List.of(ben.get("username").asText(),
                ben.get("organisation").asText(), ben.get("role").asText(), ben.get("lead").asText()));
        JsonNode leadMoved = all.get(3);
        assertEquals(List.of(false, true), List.of(leadMoved.get("members").get(0).get("lead").asBoolean(),
                leadMoved.get("members").get(1).get("lead").asBoolean()));
        assertFalse(leadMoved.get("closed").asBoolean());
        JsonNode closed = all.get(4);
        assertTrue(closed.get("closed").asBoolean());
        assertEquals(List.of("anna", "ben"), usernames(closed), "a closed case keeps its team");
        assertEquals("north", closed.get("region").asText());
        assertEquals(caseId, closed.get("caseId").asText());

        // on the broker: keyed and addressed by the case id, shaped as the example, nothing of the youth
        List<ConsumerRecord<String, String>> records = events.published(CaseTeamChangedV1.TOPIC, caseId,
                CaseTeamChangedV1.TYPE, all.size());
        ConsumerRecord<String, String> last = records.get(records.size() - 1);
        JsonNode event = CaseEvents.read(last.value());
        AsyncApiDocument.ours().assertProducedShape(CaseTeamChangedV1.TYPE, event);
        assertEquals(caseId, event.get("subject").asText());
        for (String personal : List.of(family, "Samira", born.toString(), pseudonyms.of(UUID.fromString(caseId)),
                "Internship")) {
            assertFalse(last.value().contains(personal), personal + " left case-service with the team");
        }
    }

    @Test
    void aChangeThatLeavesTheTeamAloneAndAnUnknownCasePublishNothing() {
        String caseId = createCase("anna");
        int before = snapshots(caseId).size();
        QuarkusTransaction.requiringNew().run(() -> {
            changed.fire(new CaseChanged(UUID.fromString(caseId)));
            changed.fire(new CaseChanged(UUID.randomUUID()));
        });
        assertEquals(before, snapshots(caseId).size());

        // each change publishes the team as it is then, inside its transaction: the last snapshot is the final team
        QuarkusTransaction.requiringNew().run(() -> {
            CaseMember.ofCase(UUID.fromString(caseId)).forEach(m -> m.role = "mentor");
            changed.fire(new CaseChanged(UUID.fromString(caseId)));
            CaseMember.ofCase(UUID.fromString(caseId)).forEach(m -> m.role = "coach");
            changed.fire(new CaseChanged(UUID.fromString(caseId)));
        });
        List<JsonNode> all = snapshots(caseId);
        assertEquals(before + 2, all.size(), "two changes of the team in one transaction, two snapshots");
        assertEquals("mentor", all.get(all.size() - 2).get("members").get(0).get("role").asText());
        assertEquals("coach", all.get(all.size() - 1).get("members").get(0).get("role").asText());
    }

    @Test
    void aCaseFromBeforeTheTopicIsAnnouncedByTheBackfillOnce() {
        String caseId = createCase("anna");
        // as if the case were older than case.teams: no snapshot was ever numbered or written for it
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from case_team_snapshot where case_id = cast(?1 as uuid)")
                    .setParameter(1, caseId).executeUpdate();
            em.createNativeQuery("delete from outbox_event where event_key = ?1 and event_type = ?2")
                    .setParameter(1, caseId).setParameter(2, CaseTeamChangedV1.TYPE).executeUpdate();
        });
        assertEquals(0, snapshots(caseId).size());

        assertTrue(backfill.run() >= 1);
        assertEquals(0, backfill.run(), "every case has its snapshot now");
        List<JsonNode> all = snapshots(caseId);
        assertEquals(1, all.size());
        assertEquals(1, all.get(0).get("sequence").asInt());
        assertEquals(List.of("anna"), usernames(all.get(0)));
    }

    /** The case's snapshots in the outbox, by sequence (the data of each). */
    @SuppressWarnings("unchecked")
    private List<JsonNode> snapshots(String caseId) {
        List<String> envelopes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select envelope from outbox_event where event_key = ?1 and event_type = ?2")
                .setParameter(1, caseId).setParameter(2, CaseTeamChangedV1.TYPE).getResultList());
        List<JsonNode> data = new ArrayList<>();
        envelopes.forEach(e -> data.add(CaseEvents.read(e).get("data")));
        data.sort((a, b) -> Long.compare(a.get("sequence").asLong(), b.get("sequence").asLong()));
        return data;
    }

    private static List<String> usernames(JsonNode snapshot) {
        List<String> names = new ArrayList<>();
        snapshot.get("members").forEach(m -> names.add(m.get("username").asText()));
        return names;
    }
}
