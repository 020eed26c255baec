package org.carebridge.cases.closure;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.cases.EventsTest;
import org.carebridge.cases.closure.CaseErasureEvents.CaseDigestErasedV1;
import org.carebridge.cases.closure.CaseErasureEvents.CaseErasedV1;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.cases.support.TestClock;
import org.carebridge.platform.retention.RetentionJob;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Erasure reaches the other services: the transaction that erases a case's personal data also publishes
 * case.erased.v1 (case.erasures, keyed by case id) and case.digest-erased.v1 (case.digests, keyed by pseudonym),
 * on request and by retention, each exactly as asyncapi.yaml documents it.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class ErasureEventsTest extends EventsTest {

    @Inject
    Pseudonyms pseudonyms;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    RetentionJob retention;
    @ConfigProperty(name = "carebridge.retention.period")
    Duration period;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anErasureOnRequestTellsTheBridgeAndTheAdvisoryGroup() {
        String id = createCase("anna");
        String erasedAt = as("nils").body(Map.of("reason", "YOUTH_REQUEST")).when()
                .post("/api/cases/{id}/erasure", id).then().statusCode(200).extract().path("erasedAt");
        assertBothPublished(id, OffsetDateTime.parse(erasedAt));
    }

    @Test
    void noTextOfTheCaseStaysInCaseServicesDatabaseNotEvenInTheRelayedEvents() {
        String id = createCase("anna");
        String tried = "tried-" + UUID.randomUUID();
        as("anna").body(Map.of("barrier", "SCHOOL_ACCESS", "urgency", "LOW", "whatWasTried", tried,
                "triedMeasures", List.of("TEAM_MEETING"))).when()
                .post("/api/cases/{id}/escalations", id).then().statusCode(201);
        Db db = new Db(dataSource);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from outbox_event where envelope like ? and published_at is not null", "%" + tried + "%") == 1);
        as("nils").body(Map.of("reason", "YOUTH_REQUEST")).when()
                .post("/api/cases/{id}/erasure", id).then().statusCode(200);
        assertEquals(List.of(), db.columnsContaining(tried), "what was tried is still in these columns");
    }

    @Test
    void retentionTellsThemToo() {
        String id = createCase("anna");
        as("anna").body(Map.of("outcome", "MOVED_AWAY")).when().post("/api/cases/{id}/close", id)
                .then().statusCode(200);
        clock.advance(period.plusDays(1));
        retention.drain();
        String erasedAt = as("anna").when().get("/api/cases/{id}", id).then().statusCode(200)
                .extract().path("erasedAt");
        assertBothPublished(id, OffsetDateTime.parse(erasedAt));
    }

    private void assertBothPublished(String caseId, OffsetDateTime erasedAt) {
        AsyncApiDocument contract = AsyncApiDocument.ours();
        JsonNode erased = events.publishedOne(CaseErasedV1.TOPIC, caseId, CaseErasedV1.TYPE);
        contract.assertProducedShape(CaseErasedV1.TYPE, erased);
        contract.assertRequired("caseErasedV1Data", erased.get("data"));
        assertEquals(caseId, erased.get("subject").asText());
        assertEquals(caseId, erased.get("data").get("caseId").asText());
        assertEquals("north", erased.get("data").get("region").asText());
        assertEquals(erasedAt.toInstant(), OffsetDateTime.parse(erased.get("data").get("erasedAt").asText()).toInstant());

        String pseudonym = pseudonyms.of(UUID.fromString(caseId));
        JsonNode digest = events.publishedOne(CaseDigestErasedV1.TOPIC, pseudonym, CaseDigestErasedV1.TYPE);
        contract.assertProducedShape(CaseDigestErasedV1.TYPE, digest);
        contract.assertRequired("caseDigestErasedV1Data", digest.get("data"));
        assertEquals(pseudonym, digest.get("subject").asText());
        assertEquals(pseudonym, digest.get("data").get("pseudonym").asText());
        assertEquals(erasedAt.toInstant(), OffsetDateTime.parse(digest.get("data").get("erasedAt").asText()).toInstant());
    }
}
