package org.carebridge.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.carebridge.stack.testing.StackSupport.recordsOn;

/** The knowledge base: write, search, publish revisions through the outbox, and turn advice into a lesson. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class LessonTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    static Map<String, Object> lesson(String title, String summary, String barrier, String domain, List<String> regions) {
        return Map.of("kind", "LESSON", "title", title, "summary", summary, "barriers", List.of(barrier),
                "domains", List.of(domain), "regions", regions);
    }

    @Test
    void publishingEmitsEachRevisionOnceWithExactlyTheContractsFields() throws Exception {
        String marker = UUID.randomUUID().toString();
        String id = as("ada").contentType(ContentType.JSON)
                .body(lesson("Bridging class " + marker, "Ask the regional platform first.", "SCHOOL_ACCESS", "SCHOOL", List.of("north")))
                .post("/api/advisory/lessons").then().statusCode(201)
                .body("revision", equalTo(0)).body("changed", equalTo(true)).body("ownerRegion", equalTo("north"))
                .extract().path("id");

        try (ConsumerTask<String, String> published = StackSupport.kafka().consumeStrings().fromTopics("advisory.lessons",
                m -> m.select().where(r -> id.equals(r.key())))) {
            as("ada").post("/api/advisory/lessons/{id}/publication", id).then().statusCode(200)
                    .body("revision", equalTo(1)).body("changed", equalTo(false)).body("publishedBy", equalTo("ada"));
            as("ada").post("/api/advisory/lessons/{id}/publication", id).then().statusCode(200).body("revision", equalTo(1));
            as("ada").contentType(ContentType.JSON)
                    .body(lesson("Bridging class " + marker, "Ask the regional platform first; then the school board.",
                            "SCHOOL_ACCESS", "SCHOOL", List.of()))
                    .put("/api/advisory/lessons/{id}", id).then().statusCode(200)
                    .body("revision", equalTo(1)).body("changed", equalTo(true));
            as("ada").post("/api/advisory/lessons/{id}/publication", id).then().statusCode(200).body("revision", equalTo(2));

            published.awaitRecords(2, PATIENCE);
            // a relay never sends a row again once it is marked published: from then on the topic's count is final
            await().atMost(PATIENCE).until(() -> db().count("select count(*) from outbox_event "
                    + "where published_at is null and event_key = ?", id) == 0);
            assertEquals(2, recordsOn("advisory.lessons", r -> id.equals(r.key())).size(),
                    "exactly one event per published revision");
            List<ConsumerRecord<String, String>> records = published.getRecords();
            for (int i = 0; i < 2; i++) {
                ConsumerRecord<String, String> record = records.get(i);
                assertEquals("advisory.lesson-published.v1",
                        new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
                JsonNode envelope = AdvisoryEvents.JSON.readTree(record.value());
                assertEquals(id, envelope.get("subject").asText());
                JsonNode data = envelope.get("data");
                assertEquals(Set.of("lessonId", "revision", "kind", "title", "summary", "barriers", "domains", "regions",
                        "publishedBy", "publishedAt"), fieldNames(data));
                assertEquals(i + 1, data.get("revision").asInt());
                assertEquals(id, data.get("lessonId").asText());
                assertEquals("[\"SCHOOL_ACCESS\"]", data.get("barriers").toString());
            }
            assertEquals("[\"north\"]", AdvisoryEvents.JSON.readTree(records.get(0).value()).get("data").get("regions").toString());
            assertEquals("[]", AdvisoryEvents.JSON.readTree(records.get(1).value()).get("data").get("regions").toString());
        }
        assertEquals(2, db().count("select count(*) from outbox_event where event_key = ?", id));
    }

    @Test
    void theKnowledgeBaseIsSearchableByBarrierDomainRegionAndText() {
        String word = "zq" + Long.toString(System.nanoTime(), 36);
        String housing = create(lesson("Housing at 18 " + word, "Start the search six months ahead.", "HOUSING", "WELLBEING", List.of("north")));
        String work = create(lesson("Job coach " + word, "A job coach in the reception class opens doors.", "WORK_ACCESS", "WORK", List.of("south")));
        String everywhere = create(lesson("Language buddies " + word, "Pair newcomers with a buddy.", "LANGUAGE", "SCHOOL", List.of()));
        as("ada").post("/api/advisory/lessons/{id}/publication", everywhere).then().statusCode(200);

        assertEquals(Set.of(housing, work, everywhere), ids(Map.of("q", word)));
        assertEquals(Set.of(housing), ids(Map.of("q", word, "barrier", "HOUSING")));
        assertEquals(Set.of(work), ids(Map.of("q", word, "domain", "work")));
        assertEquals(Set.of(work, everywhere), ids(Map.of("q", word, "region", "south")));
        assertEquals(Set.of(everywhere), ids(Map.of("q", word, "published", "true")));
        assertEquals(Set.of(housing), ids(Map.of("q", word.toUpperCase() + " MONTHS")));
        assertEquals(Set.of(), ids(Map.of("q", word + " 100%_")));
    }

    @Test
    void draftsOfAnotherRegionDoNotExistAndItsPublishedLessonsAreReadOnly() {
        UUID draft = insertSouthLesson(0);
        UUID published = insertSouthLesson(1);
        as("ada").get("/api/advisory/lessons/{id}", draft).then().statusCode(404).contentType("application/problem+json");
        as("ada").post("/api/advisory/lessons/{id}/publication", draft).then().statusCode(404);
        as("ada").queryParam("size", 100).get("/api/advisory/lessons").then().statusCode(200)
                .body("items.id", not(hasItem(draft.toString())));
        as("ada").get("/api/advisory/lessons/{id}", published).then().statusCode(200).body("ownerRegion", equalTo("south"));
        as("ada").contentType(ContentType.JSON).body(lesson("x", "y", "HOUSING", "WORK", List.of()))
                .put("/api/advisory/lessons/{id}", published).then().statusCode(403);
        as("ada").post("/api/advisory/lessons/{id}/publication", published).then().statusCode(403);
        assertEquals(0, db().count("select count(*) from outbox_event where event_key = ?", published.toString()));
    }

    @Test
    void adviceOnAReferralBecomesALessonDraft() {
        Referred event = AdvisoryEvents.referred("north");
        TestEvents.publish(StackSupport.kafka(), "network.referrals", event.pseudonym(), event.json());
        await().atMost(PATIENCE).until(() -> db().count("select count(*) from referral where id = ?", event.referralId()) == 1);

        as("ada").contentType(ContentType.JSON).body(Map.of("title", "Mid-year school access"))
                .post("/api/advisory/referrals/{id}/lesson", event.referralId()).then().statusCode(409);
        String advice = "Ask the regional platform for a bridging class.";
        as("ada").contentType(ContentType.JSON).body(Map.of("advice", advice))
                .post("/api/advisory/referrals/{id}/advice", event.referralId()).then().statusCode(201);
        as("ada").contentType(ContentType.JSON).body(Map.of("title", "Mid-year school access", "kind", "SUCCESS_STORY"))
                .post("/api/advisory/referrals/{id}/lesson", event.referralId()).then().statusCode(201)
                .body("summary", equalTo(advice)).body("kind", equalTo("SUCCESS_STORY"))
                .body("barriers", equalTo(List.of("SCHOOL_ACCESS"))).body("domains", equalTo(List.of("SCHOOL", "WELLBEING")))
                .body("regions", equalTo(List.of("north"))).body("revision", equalTo(0))
                .body("sourceReferralId", equalTo(event.referralId().toString()));
        as("ada").contentType(ContentType.JSON).body(Map.of("title", "x"))
                .post("/api/advisory/referrals/{id}/lesson", UUID.randomUUID()).then().statusCode(404);
    }

    private UUID insertSouthLesson(int revision) {
        UUID id = UUID.randomUUID();
        db().update("""
                insert into lesson (id, kind, title, summary, barriers, domains, regions, owner_region, revision, changed,
                                    created_by, created_at, updated_at, version)
                values (?, 'LESSON', 'south lesson', 'text', '{HOUSING}', '{WORK}', '{}', 'south', ?, false, 'sam', now(), now(), 0)""",
                id, revision);
        return id;
    }

    private String create(Map<String, Object> body) {
        return as("ada").contentType(ContentType.JSON).body(body).post("/api/advisory/lessons")
                .then().statusCode(201).extract().path("id");
    }

    private Set<String> ids(Map<String, String> query) {
        List<String> ids = as("ada").queryParams(query).queryParam("size", 100).get("/api/advisory/lessons")
                .then().statusCode(200).extract().path("items.id");
        return new TreeSet<>(ids);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Db db() {
        return new Db(dataSource);
    }
}
