package org.carebridge.network.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.carebridge.network.Bridge;
import org.carebridge.network.NetworkEvents.Escalated;
import org.carebridge.network.NetworkEvents;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The referral's question and the resolution advice leave network-service scrubbed of birth dates and of what it
 * knows of the case (its id, its team's usernames): in the answer, in the database and in the published events,
 * and the writer is told which kinds went.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class ScrubbingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Test
    void theQuestionAndTheAdviceLeaveWithoutIdentifiersAndTheWriterIsTold() {
        Escalated escalation = Bridge.arrived(new Db(dataSource), NetworkEvents.escalated("north"));
        UUID id = escalation.escalationId();
        String member = "coach-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(StackSupport.kafka(), "case.teams", escalation.caseId().toString(),
                NetworkEvents.teamOfOne(escalation.caseId(), "north", 1, member, "school", "coach"));
        await().atMost(PATIENCE).until(() -> new Db(dataSource).count(
                "select count(*) from case_roster_member where case_id = ?", escalation.caseId()) == 1);
        as("bruno").post("/api/network/escalations/{id}/claim", id).then().statusCode(200);

        String question = "Case " + escalation.caseId() + ", born 14 maart 2009: " + member
                + " asks which school takes her mid-year?";
        String scrubbedQuestion = "Case [removed], born [removed]: [removed] asks which school takes her mid-year?";
        String advice = "Ask " + member + " to call the reception school before 3/14/2027.";
        String scrubbedAdvice = "Ask [removed] to call the reception school before [removed].";
        try (ConsumerTask<String, String> referrals = StackSupport.kafka().consumeStrings()
                .fromTopics("network.referrals", m -> m.select().where(r -> r.value().contains(id.toString())));
             ConsumerTask<String, String> resolutions = StackSupport.kafka().consumeStrings()
                     .fromTopics("network.resolutions", m -> m.select().where(r -> r.value().contains(id.toString())))) {
            as("bruno").contentType(ContentType.JSON).body(Map.of("question", question))
                    .post("/api/network/escalations/{id}/referral", id).then().statusCode(201)
                    .body("referral.question", equalTo(scrubbedQuestion))
                    .body("referral.questionScrubbed", equalTo(true))
                    .body("referral.questionRemoved", equalTo(List.of("case id", "date", "username")));
            as("bruno").contentType(ContentType.JSON).body(Map.of("outcome", "PARTLY_UNBLOCKED", "advice", advice))
                    .post("/api/network/escalations/{id}/resolution", id).then().statusCode(200)
                    .body("resolution.advice", equalTo(scrubbedAdvice))
                    .body("resolution.adviceRemoved", equalTo(List.of("date", "username")))
                    .body("referral.questionRemoved", equalTo(List.of("case id", "date", "username")));

            assertEquals(scrubbedQuestion, data(referrals).get("question").asText());
            assertEquals(scrubbedAdvice, data(resolutions).get("advice").asText());
        }
        Db db = new Db(dataSource);
        for (String identifier : List.of(member, "14 maart 2009", "3/14/2027")) {
            assertEquals(List.of(), db.columnsContaining(identifier).stream()
                    .filter(column -> column.startsWith("referral.") || column.startsWith("escalation.")
                            || column.startsWith("outbox_event.")).toList(), identifier);
        }
    }

    private static JsonNode data(ConsumerTask<String, String> records) {
        records.awaitRecords(1, PATIENCE);
        try {
            return NetworkEvents.JSON.readTree(records.getFirstRecord().value()).get("data");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
