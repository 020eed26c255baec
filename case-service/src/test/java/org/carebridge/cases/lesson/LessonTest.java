package org.carebridge.cases.lesson;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.cases.CaseEvents;
import org.carebridge.cases.EventsTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.newEscalation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * advisory.lesson-published.v1 into the local lessons base and back out as suggestions for a case's barrier.
 * Each test uses its own barrier, so lessons of the other tests cannot change what it sees.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class LessonTest extends EventsTest {



    @Test
    void suggestionsHoldInTheCasesRegionAndRankBySharedDomainsThenNewest() {
        String caseId = createCase("anna"); // north, SCHOOL and WELLBEING
        String both = UUID.randomUUID().toString();
        String everywhere = UUID.randomUUID().toString();
        String newerEverywhere = UUID.randomUUID().toString();
        String otherDomain = UUID.randomUUID().toString();
        String south = UUID.randomUUID().toString();
        String otherBarrier = UUID.randomUUID().toString();
        // one key, one partition: once the last is applied, all before it are
        String key = UUID.randomUUID().toString();
        events.send(LessonPublishedV1.TOPIC, key,
                lesson(everywhere, 1, "SCHOOL_ACCESS", List.of("SCHOOL"), List.of(), "2026-11-01T10:00:00Z"),
                lesson(newerEverywhere, 1, "SCHOOL_ACCESS", List.of("WELLBEING"), List.of(), "2026-11-20T10:00:00Z"),
                lesson(both, 1, "SCHOOL_ACCESS", List.of("SCHOOL", "WELLBEING"), List.of("north"), "2026-10-01T10:00:00Z"),
                lesson(otherDomain, 1, "SCHOOL_ACCESS", List.of("WORK"), List.of("north", "south"), "2026-11-25T10:00:00Z"),
                lesson(south, 1, "SCHOOL_ACCESS", List.of("SCHOOL"), List.of("south"), "2026-11-25T10:00:00Z"),
                lesson(otherBarrier, 1, "HOUSING", List.of("SCHOOL"), List.of(), "2026-11-25T10:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> suggestions("anna", caseId, "HOUSING")
                .statusCode(200).body("lessonId", hasItem(otherBarrier)));
        suggestions("anna", caseId, "SCHOOL_ACCESS")
                .body("lessonId", equalTo(List.of(both, newerEverywhere, everywhere, otherDomain)))
                .body("[0].title", equalTo("Lesson " + both + " r1"))
                .body("[0].kind", equalTo("LESSON"))
                .body("[0].regions", equalTo(List.of("north")))
                .body("[1].regions", equalTo(List.of()));
        // carla's case is in the south: the north-only lesson is not hers, the south one is
        String southCase = createCase("carla");
        suggestions("carla", southCase, "school_access").statusCode(200)
                .body("lessonId", hasItem(south))
                .body("lessonId", not(hasItem(both)));
        as("otto").when().get("/api/cases/audit?caseId={id}&size=100", caseId).then()
                .body("items.action", hasItem(SuggestionResource.AUDIT_READ));
    }

    @Test
    void theHighestRevisionOfALessonWinsWhateverTheOrderOfArrival() {
        String caseId = createCase("anna");
        String lessonId = UUID.randomUUID().toString();
        String probe = UUID.randomUUID().toString();
        String revision2 = lesson(lessonId, 2, "FINANCES", List.of("SCHOOL"), List.of(), "2026-11-02T10:00:00Z");
        // key = lessonId: one partition, so the probe is applied after the stale revision and the duplicate
        events.send(LessonPublishedV1.TOPIC, lessonId, revision2,
                lesson(lessonId, 1, "FINANCES", List.of("SCHOOL"), List.of(), "2026-11-01T10:00:00Z"), revision2,
                lesson(probe, 1, "FINANCES", List.of("WORK"), List.of(), "2026-11-01T10:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> suggestions("anna", caseId, "FINANCES")
                .body("lessonId", hasItem(probe)));
        suggestions("anna", caseId, "FINANCES")
                .body("lessonId", equalTo(List.of(lessonId, probe)))
                .body("[0].revision", equalTo(2))
                .body("[0].title", equalTo("Lesson " + lessonId + " r2"));

        // a newer revision replaces text and tags: no longer about finances
        events.send(LessonPublishedV1.TOPIC, lessonId,
                lesson(lessonId, 3, "MENTAL_HEALTH", List.of("WELLBEING"), List.of(), "2026-11-03T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> suggestions("anna", caseId, "FINANCES")
                .body("lessonId", equalTo(List.of(probe))));
        suggestions("anna", caseId, "MENTAL_HEALTH").body("lessonId", hasItem(lessonId))
                .body("find { it.lessonId == '" + lessonId + "' }.revision", equalTo(3));
    }

    @Test
    void raisingAnEscalationShowsTheLessonsForItsBarrier() {
        String caseId = createCase("anna");
        String lessonId = UUID.randomUUID().toString();
        publish(lesson(lessonId, 1, "LANGUAGE", List.of("SCHOOL"), List.of("north"), "2026-11-02T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> suggestions("anna", caseId, "LANGUAGE")
                .body("lessonId", hasItem(lessonId)));

        Map<String, Object> body = new HashMap<>(newEscalation());
        body.put("barrier", "LANGUAGE");
        as("anna").body(body).when().post("/api/cases/{id}/escalations", caseId).then().statusCode(201)
                .body("status", equalTo("RAISED"))
                .body("barrier", equalTo("LANGUAGE"))
                .body("suggestedLessons.lessonId", hasItem(lessonId))
                .body("suggestedLessons[0].summary", equalTo("What worked elsewhere."));
        // reading the escalation later does not repeat the suggestions
        as("anna").when().get("/api/cases/{id}/escalations", caseId).then()
                .body("[0].suggestedLessons", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void suggestionsAreForTheTeamAndNeedABarrier() {
        String caseId = createCase("anna");
        suggestions("anna", caseId, null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("barrier")));
        suggestions("anna", caseId, "BORED").statusCode(400).body("errors.field", equalTo(List.of("barrier")));
        suggestions("ben", caseId, "HOUSING").statusCode(404).contentType("application/problem+json");
        suggestions("anna", UUID.randomUUID().toString(), "HOUSING").statusCode(404);
        suggestions("bruno", caseId, "HOUSING").statusCode(403);
        suggestions("ada", caseId, "HOUSING").statusCode(403);
    }

    @Test
    void aLessonThatCannotBeStoredIsDeadLettered() {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> data = lessonData(UUID.randomUUID().toString(), 1, "OTHER", List.of(), List.of(),
                "2026-11-02T10:00:00Z");
        data.remove("title");
        data.put("revision", 0);
        events.send(LessonPublishedV1.TOPIC, eventId.toString(), CaseEvents.cloudEvent(eventId,
                "carebridge/advisory-service", LessonPublishedV1.TYPE, "x", data));
        String reason = CaseEvents.reason(events.deadLetter(eventId.toString()));
        assertTrue(reason.contains("title") && reason.contains("revision"), reason);
    }

    private io.restassured.response.ValidatableResponse suggestions(String user, String caseId, String barrier) {
        var request = as(user);
        if (barrier != null) {
            request = request.queryParam("barrier", barrier);
        }
        return request.when().get("/api/cases/{id}/suggestions", caseId).then();
    }

    private void publish(String lessonEvent) {
        events.send(LessonPublishedV1.TOPIC, UUID.randomUUID().toString(), lessonEvent);
    }

    static String lesson(String lessonId, int revision, String barrier, List<String> domains, List<String> regions,
                         String publishedAt) {
        return CaseEvents.cloudEvent(UUID.randomUUID(), "carebridge/advisory-service", LessonPublishedV1.TYPE,
                lessonId, lessonData(lessonId, revision, barrier, domains, regions, publishedAt));
    }

    static Map<String, Object> lessonData(String lessonId, int revision, String barrier, List<String> domains,
                                          List<String> regions, String publishedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lessonId", lessonId);
        data.put("revision", revision);
        data.put("kind", "LESSON");
        data.put("title", "Lesson " + lessonId + " r" + revision);
        data.put("summary", "What worked elsewhere.");
        data.put("barriers", List.of(barrier));
        data.put("domains", domains);
        data.put("regions", regions);
        data.put("publishedBy", "ada");
        data.put("publishedAt", publishedAt);
        return data;
    }
}
