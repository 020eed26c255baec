package org.carebridge.network.roster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.network.NetworkEvents;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who is around this youth: case-service's team snapshots, kept per case (newest sequence wins, redelivery
 * harmless, poison dead-lettered), shown to the bridge coordinators of the case's region only, every read audited.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class RosterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PATH = "/api/network/cases/{caseId}/professionals";

    @Inject
    DataSource dataSource;

    @Test
    void theCoordinatorOfTheRegionSeesTheTeamAndEveryReadIsAudited() {
        UUID caseId = UUID.randomUUID();
        publish(caseId, teamChanged(caseId, "north", 1, false, member("anna", "school", "school coach", true),
                member("ben", "social-services", "social worker", false)));
        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get(PATH, caseId).then().statusCode(200));

        as("bruno").get(PATH, caseId).then().statusCode(200)
                .body("caseId", equalTo(caseId.toString())).body("region", equalTo("north"))
                .body("closed", equalTo(false)).body("lead", equalTo("anna"))
                .body("professionals.username", contains("anna", "ben"))
                .body("professionals.organisation", contains("school", "social-services"))
                .body("professionals.role", contains("school coach", "social worker"))
                .body("professionals.lead", contains(true, false))
                .body("changedAt", equalTo("2026-11-24T09:12:00Z"));
        assertEquals(2, db().count("select count(*) from audit_entry where case_id = ? and action = 'READ' "
                + "and object_type = 'case-roster' and actor = 'bruno'", caseId));

        // the coordinator of another region does not learn that the case exists
        as("sofie").get(PATH, caseId).then().statusCode(404).contentType("application/problem+json");
        for (String other : List.of("anna", "carla", "ada", "nils", "otto")) {
            as(other).get(PATH, caseId).then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(2, db().count("select count(*) from audit_entry where case_id = ? and action = 'READ'", caseId),
                "refused reads are no reads");
    }

    @Test
    void aMemberWithoutARoleIsKeptNotDeadLettered() {
        // case-service's creator of a case need not name a role: such a team must still reach the bridge
        UUID caseId = UUID.randomUUID();
        publish(caseId, teamChanged(caseId, "north", 1, false, member("anna", "school", null, true)));
        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get(PATH, caseId).then().statusCode(200)
                .body("professionals.username", contains("anna"))
                .body("professionals[0].role", nullValue())
                .body("lead", equalTo("anna")));
    }

    @Test
    void theNewestSnapshotWinsAndAClosedCaseStaysVisible() {
        UUID caseId = UUID.randomUUID();
        publish(caseId, teamChanged(caseId, "north", 1, false, member("anna", "school", "school coach", true)));
        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get(PATH, caseId).then().statusCode(200));

        // sequence 3 overtakes 2 (a reordering the key cannot cause, but a replay from a backup can): 2 stays out
        publish(caseId, teamChanged(caseId, "north", 3, true, member("anna", "school", "school coach", false),
                        member("ben", "youth-work", "street worker", true)),
                teamChanged(caseId, "north", 2, false, member("anna", "school", "school coach", true),
                        member("carla", "guardian", "guardian", false)));
        await().atMost(PATIENCE).until(() -> applied(caseId) == 3);
        as("bruno").get(PATH, caseId).then().statusCode(200)
                .body("closed", equalTo(true)).body("lead", equalTo("ben"))
                .body("professionals.username", contains("anna", "ben"))
                .body("professionals.organisation", contains("school", "youth-work"));
        assertEquals(2, db().count("select count(*) from audit_entry where case_id = ? and action = 'RECEIVE'",
                caseId), "sequences 1 and 3 applied, 2 came too late");
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        UUID caseId = UUID.randomUUID();
        String once = teamChanged(caseId, "south", 1, false, member("carla", "school", "school coach", false));
        publish(caseId, once, once);
        // a marker behind both on the same partition: when it is applied, both copies were consumed
        publish(caseId, teamChanged(caseId, "south", 2, false, member("carla", "school", "school coach", true)));
        await().atMost(PATIENCE).until(() -> applied(caseId) == 2);

        assertEquals(2, db().count("select count(*) from audit_entry where case_id = ? and action = 'RECEIVE'", caseId),
                "the duplicate was not applied a second time");
        as("sofie").get(PATH, caseId).then().statusCode(200).body("lead", equalTo("carla"))
                .body("professionals.username", contains("carla"));
    }

    @Test
    void aCaseWithoutLeadShowsNone() {
        UUID caseId = UUID.randomUUID();
        publish(caseId, teamChanged(caseId, "north", 1, false, member("ben", "social-services", "social worker", false)));
        await().atMost(PATIENCE).untilAsserted(() -> as("bruno").get(PATH, caseId).then().statusCode(200)
                .body("lead", nullValue()).body("professionals.lead", contains(false)));
    }

    @Test
    void unknownCasesAreNotFoundAndAnIdThatIsNoUuidIsABadRequest() {
        as("bruno").get(PATH, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        as("bruno").get(PATH, "42").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("caseId"));
    }

    @Test
    void aTeamWithTwoLeadsIsDeadLetteredAndNeverShown() {
        UUID caseId = UUID.randomUUID();
        String broken = teamChanged(caseId, "north", 1, false, member("anna", "school", "school coach", true),
                member("ben", "social-services", "social worker", true));
        assertTrue(deadLetterReason(caseId, broken).contains("2 leads"));
        as("bruno").get(PATH, caseId).then().statusCode(404);
    }

    @Test
    void aSnapshotWithoutSequenceIsDeadLettered() {
        UUID caseId = UUID.randomUUID();
        ObjectNode data = data(caseId, "north", 1, false, member("anna", "school", "school coach", true));
        data.remove("sequence");
        String reason = deadLetterReason(caseId, NetworkEvents.caseEvent(CaseTeamChangedV1.TYPE, caseId, data));
        assertTrue(reason.contains("sequence"), reason);
    }

    /** How many distinct events of the case the consumer has taken in (applied or ignored as old). */
    private long applied(UUID caseId) {
        return db().count("select count(*) from inbox_event where consumer = 'network-service.case-teams' "
                + "and event_id like ?", caseId + "/%");
    }

    private static String deadLetterReason(UUID caseId, String value) {
        KafkaCompanion kafka = StackSupport.kafka();
        try (ConsumerTask<String, String> dead = kafka.consumeStrings().fromTopics("network-service.dead-letters",
                m -> m.select().where(r -> r.value() != null && r.value().contains(caseId.toString())))) {
            publish(caseId, value);
            dead.awaitRecords(1, PATIENCE);
            ConsumerRecord<String, String> record = dead.getFirstRecord();
            assertEquals(CaseTeamChangedV1.TOPIC, KafkaCompanion.getHeader(record.headers(), "dead-letter-topic"));
            return KafkaCompanion.getHeader(record.headers(), "dead-letter-reason");
        }
    }

    private static void publish(UUID caseId, String... values) {
        TestEvents.publish(StackSupport.kafka(), CaseTeamChangedV1.TOPIC, caseId.toString(), values);
    }

    /** A case.team-changed.v1 envelope whose event id starts with the case id (so a test can count its events). */
    private static String teamChanged(UUID caseId, String region, long sequence, boolean closed, ObjectNode... members) {
        return NetworkEvents.envelope(caseId + "/" + UUID.randomUUID(), "carebridge/case-service",
                CaseTeamChangedV1.TYPE, caseId.toString(), data(caseId, region, sequence, closed, members));
    }

    private static ObjectNode data(UUID caseId, String region, long sequence, boolean closed, ObjectNode... members) {
        ObjectNode data = NetworkEvents.JSON.createObjectNode();
        data.put("caseId", caseId.toString());
        data.put("region", region);
        data.put("sequence", sequence);
        ArrayNode team = data.putArray("members");
        for (ObjectNode m : members) {
            team.add(m);
        }
        data.put("closed", closed);
        data.put("changedAt", "2026-11-24T09:12:00Z");
        return data;
    }

    private static ObjectNode member(String username, String organisation, String role, boolean lead) {
        ObjectNode m = NetworkEvents.JSON.createObjectNode();
        m.put("username", username);
        m.put("organisation", organisation);
        m.put("role", role);
        m.put("lead", lead);
        return m;
    }

    private Db db() {
        return new Db(dataSource);
    }
}
