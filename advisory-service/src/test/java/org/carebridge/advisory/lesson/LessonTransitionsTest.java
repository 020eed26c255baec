package org.carebridge.advisory.lesson;

import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;
import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transition of a lesson, allowed and refused, on the aggregate alone (no database, no server). */
class LessonTransitionsTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    static LessonRequest text(String summary) {
        return new LessonRequest(LessonKind.LESSON, " Bridging class ", " " + summary + " ",
                List.of(Barrier.SCHOOL_ACCESS, Barrier.SCHOOL_ACCESS), List.of(Domain.SCHOOL), List.of(" north ", "north"));
    }

    static Lesson draft() {
        return Lesson.draft(text("Ask the regional platform first."), "north", "ada", T0);
    }

    static void assertForbidden(Runnable transition) {
        ProblemException refused = assertThrows(ProblemException.class, transition::run);
        assertEquals(403, refused.toProblem().status());
    }

    @Test
    void aDraftIsNeverPublishedAndHoldsTheTextStrippedAndWithoutRepeats() {
        Lesson l = draft();
        assertAll(
                () -> assertEquals(0, l.revision),
                () -> assertTrue(l.changed),
                () -> assertEquals("north", l.ownerRegion),
                () -> assertEquals("ada", l.createdBy),
                () -> assertEquals(T0, l.updatedAt),
                () -> assertEquals("Bridging class", l.title),
                () -> assertEquals("Ask the regional platform first.", l.summary),
                () -> assertEquals(List.of("SCHOOL_ACCESS"), l.barriers),
                () -> assertEquals(List.of("north"), l.regions),
                () -> assertNull(l.publishedBy),
                () -> assertNull(l.publishedAt));
    }

    @Test
    void aDraftIsPublishedAsRevisionOneAndSaysSo() {
        Lesson l = draft();
        Optional<Lesson.Published> published = l.publish("bea", "north", T0.plusHours(1));
        assertEquals(Optional.of(new Lesson.Published(l, 1, "bea", T0.plusHours(1))), published);
        assertAll(
                () -> assertEquals(1, l.revision),
                () -> assertFalse(l.changed),
                () -> assertEquals("bea", l.publishedBy),
                () -> assertEquals(T0.plusHours(1), l.publishedAt));
    }

    @Test
    void theRevisionLeavesAsTheEventEveryTierReads() {
        Lesson l = draft();
        LessonPublishedV1 event = LessonPublishedV1.of(l.publish("bea", "north", T0).orElseThrow());
        assertEquals(new LessonPublishedV1(l.id, 1, LessonKind.LESSON, "Bridging class",
                "Ask the regional platform first.", List.of(Barrier.SCHOOL_ACCESS), List.of(Domain.SCHOOL),
                List.of("north"), "bea", T0), event);
        assertAll(
                () -> assertEquals("advisory.lessons", event.topic()),
                () -> assertEquals("advisory.lesson-published.v1", event.type()),
                () -> assertEquals(l.id.toString(), event.key()),
                () -> assertEquals(l.id.toString(), event.subject()));
    }

    @Test
    void publishingAgainWithoutAnEditPublishesNothingNew() {
        Lesson l = draft();
        l.publish("bea", "north", T0);
        assertEquals(Optional.empty(), l.publish("ada", "north", T0.plusDays(1)));
        assertEquals(1, l.revision);
        assertEquals("bea", l.publishedBy);
        assertEquals(T0, l.publishedAt);
    }

    @Test
    void anEditAfterPublishingWaitsForTheNextRevision() {
        Lesson l = draft();
        l.publish("bea", "north", T0);
        l.rewrite(text("Ask the regional platform first; then the school board."), "north", T0.plusDays(1));
        assertTrue(l.changed);
        assertEquals(1, l.revision);
        assertEquals(T0.plusDays(1), l.updatedAt);
        Lesson.Published second = l.publish("ada", "north", T0.plusDays(2)).orElseThrow();
        assertEquals(2, second.revision());
        assertEquals("Ask the regional platform first; then the school board.", second.lesson().summary);
    }

    @Test
    void anotherRegionOrNoRegionMayNeitherPublishNorRewriteAndChangesNothing() {
        Lesson l = draft();
        assertForbidden(() -> l.publish("sam", "south", T0));
        assertForbidden(() -> l.publish("sam", null, T0));
        assertForbidden(() -> l.rewrite(text("other"), "south", T0.plusDays(1)));
        assertAll(
                () -> assertEquals(0, l.revision),
                () -> assertTrue(l.changed),
                () -> assertNull(l.publishedBy),
                () -> assertEquals("Ask the regional platform first.", l.summary),
                () -> assertEquals(T0, l.updatedAt));
    }
}
