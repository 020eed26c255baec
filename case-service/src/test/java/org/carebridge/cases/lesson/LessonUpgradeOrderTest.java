package org.carebridge.cases.lesson;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.cases.CaseEvents;
import org.carebridge.cases.EventsTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * advisory-service upgraded before case-service: a lesson tagged with barriers this release does not know yet, and a
 * field it has never seen, is stored (the new barriers read as OTHER, kept raw with the inbox row), not dead-lettered:
 * stored at all means applied, as the connector dead-letters an event instead of applying it, never both.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class LessonUpgradeOrderTest extends EventsTest {

    @Test
    void aLessonFromANewerAdvisoryGroupIsStoredNotDeadLettered() {
        UUID eventId = UUID.randomUUID();
        String lessonId = UUID.randomUUID().toString();
        Map<String, Object> data = LessonTest.lessonData(lessonId, 1, "DIGITAL_EXCLUSION", List.of("SCHOOL"),
                List.of("north"), "2026-11-02T10:00:00Z");
        data.put("barriers", List.of("DIGITAL_EXCLUSION", "LANGUAGE", "LONELINESS"));
        data.put("addedInALaterRelease", Map.of("audience", "schools"));
        events.send(LessonPublishedV1.TOPIC, lessonId, CaseEvents.cloudEvent(eventId, "carebridge/advisory-service",
                LessonPublishedV1.TYPE, lessonId, data));

        Db db = Db.ofService();
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from lesson where id = cast(? as uuid)", lessonId) == 1);
        assertEquals(List.of("LANGUAGE", "OTHER"), db.strings(
                "select barrier from lesson_barrier where lesson_id = cast(? as uuid) order by barrier", lessonId));
        assertEquals(List.of("/barriers/0=DIGITAL_EXCLUSION, /barriers/2=LONELINESS"),
                db.strings("select unrecognised from inbox_event where event_id = ?", eventId.toString()));
    }
}
