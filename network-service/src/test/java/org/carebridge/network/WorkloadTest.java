package org.carebridge.network;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.support.TimeMovingTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakDirectory.User;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.carebridge.stack.testing.StackSupport.refusedNaming;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The workload of a region and the inbox filtered by owner, in a region made for the test (coordinators in
 * Keycloak, escalations and teams through Kafka), with the service's clock moved by days: only that region's open
 * escalations and open cases are counted, and nothing but counts leaves.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class WorkloadTest extends TimeMovingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void coordinatorsSeeTheirRegionsOpenEscalationsPerOwnerAndItsCaseload() {
        String region = KeycloakDirectory.freshRegion();
        String otherRegion = KeycloakDirectory.freshRegion();
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        User olga = directory.create("bridge-coordinator", region);
        User colin = directory.create("bridge-coordinator", region);
        User elsewhere = directory.create("bridge-coordinator", otherRegion);
        User caseWorker = directory.create("case-worker", region);

        // urgency HIGH: each is due five days after it arrived
        String oldest = arrived(region);
        clock.advance(Duration.ofDays(2));
        String olgasSecond = arrived(region);
        String colins = arrived(region);
        String unclaimed = arrived(region);
        String resolved = arrived(region);
        String otherRegions = arrived(otherRegion);
        claim(olga, oldest);
        claim(olga, olgasSecond);
        claim(colin, colins);
        claim(colin, resolved);
        claim(elsewhere, otherRegions);
        as(colin.username()).contentType(ContentType.JSON).body(Map.of("outcome", "UNBLOCKED", "advice", "a route"))
                .post("/api/network/escalations/{id}/resolution", resolved).then().statusCode(200);

        String w1 = "w1-" + UUID.randomUUID().toString().substring(0, 8);
        String w2 = "w2-" + UUID.randomUUID().toString().substring(0, 8);
        String w3 = "w3-" + UUID.randomUUID().toString().substring(0, 8);
        team(region, false, w1 + "@school", w2 + "@youth-care");
        team(region, false, w1 + "@school", w3 + "@school");
        team(region, true, w1 + "@school", w2 + "@youth-care"); // closed: no longer anyone's caseload
        team(otherRegion, false, w1 + "@school");

        clock.advance(Duration.ofDays(4)); // the oldest is now overdue; the others are due tomorrow
        as(olga.username()).get("/api/network/workload").then().statusCode(200)
                .body("region", equalTo(region))
                .body("owners.owner", contains(olga.username(), colin.username()))
                .body("owners[0].open", equalTo(2)).body("owners[0].oldestDays", equalTo(6))
                .body("owners[0].due", equalTo(1)).body("owners[0].overdue", equalTo(1))
                .body("owners[1].open", equalTo(1)).body("owners[1].oldestDays", equalTo(4))
                .body("owners[1].due", equalTo(1)).body("owners[1].overdue", equalTo(0))
                .body("unclaimed.open", equalTo(1)).body("unclaimed.oldestDays", equalTo(4))
                .body("caseload.workers.username", contains(w1, w2, w3))
                .body("caseload.workers.cases", contains(2, 1, 1))
                .body("caseload.teams.organisation", contains("school", "youth-care"))
                .body("caseload.teams.cases", contains(2, 1));
        assertEquals(1, db().count("select count(*) from audit_entry where object_type = 'workload' "
                + "and object_id = ? and actor = ?", region, olga.username()));

        // another region's coordinator sees their own region only; other roles see none
        as(elsewhere.username()).get("/api/network/workload").then().statusCode(200)
                .body("region", equalTo(otherRegion))
                .body("owners.owner", contains(elsewhere.username()))
                .body("unclaimed.open", equalTo(0)).body("unclaimed.oldestDays", nullValue())
                .body("caseload.workers.username", contains(w1))
                .body("caseload.teams.cases", contains(1));
        as(caseWorker.username()).get("/api/network/workload").then().statusCode(403);
        for (String other : new String[]{"anna", "ada", "nils", "otto"}) {
            as(other).get("/api/network/workload").then().statusCode(403);
        }
    }

    @Test
    void theInboxIsFilteredByOwnerOrUnclaimedWithinTheRegion() {
        String region = KeycloakDirectory.freshRegion();
        KeycloakDirectory directory = KeycloakDirectory.ofTestStack();
        User olga = directory.create("bridge-coordinator", region);
        User colin = directory.create("bridge-coordinator", region);
        User elsewhere = directory.create("bridge-coordinator", KeycloakDirectory.freshRegion());
        String olgas = arrived(region);
        String colins = arrived(region);
        String nobodys = arrived(region);
        claim(olga, olgas);
        claim(colin, colins);

        inbox(olga, "owner", olga.username()).then().statusCode(200).body("items.id", contains(olgas))
                .body("total", equalTo(1));
        inbox(olga, "owner", "none").then().statusCode(200).body("items.id", contains(nobodys));
        inbox(olga, "owner", colin.username()).then().body("items.id", contains(colins));
        as(olga.username()).queryParam("owner", colin.username()).queryParam("status", "NEW")
                .get("/api/network/escalations").then().statusCode(200).body("items", empty());
        as(olga.username()).queryParam("owner", "none").queryParam("status", "NEW")
                .get("/api/network/escalations").then().statusCode(200).body("items.id", contains(nobodys));
        inbox(olga, "owner", "").then().statusCode(200).body("items.id", containsInAnyOrder(olgas, colins, nobodys));
        inbox(elsewhere, "owner", olga.username()).then().statusCode(200).body("items", hasSize(0));

        refusedNaming("owner", inbox(olga, "owner", "Olga Peeters"));
        refusedNaming("owner", inbox(olga, "owner", "x".repeat(201)));
    }

    private io.restassured.response.Response inbox(User by, String parameter, String value) {
        return as(by.username()).queryParam(parameter, value).queryParam("size", 100).get("/api/network/escalations");
    }

    private String arrived(String region) {
        return Bridge.arrived(db(), NetworkEvents.escalated(region)).escalationId().toString();
    }

    private static void claim(User by, String id) {
        as(by.username()).post("/api/network/escalations/{id}/claim", id).then().statusCode(200);
    }

    /** Announces a new case's team ("username@organisation", the first leads) and waits until the bridge has it. */
    private void team(String region, boolean closed, String... members) {
        UUID caseId = UUID.randomUUID();
        ObjectNode data = NetworkEvents.JSON.createObjectNode();
        data.put("caseId", caseId.toString());
        data.put("region", region);
        data.put("sequence", 1);
        ArrayNode team = data.putArray("members");
        for (String member : members) {
            String[] parts = member.split("@");
            team.addObject().put("username", parts[0]).put("organisation", parts[1]).put("role", "mentor")
                    .put("lead", member.equals(members[0]));
        }
        data.put("closed", closed);
        data.put("changedAt", "2026-11-24T09:12:00Z");
        TestEvents.publish(StackSupport.kafka(), "case.teams", caseId.toString(),
                NetworkEvents.caseEvent("case.team-changed.v1", caseId, data));
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from case_roster where case_id = ?",
                caseId) == 1);
    }
}
