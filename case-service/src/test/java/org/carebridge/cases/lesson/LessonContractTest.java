package org.carebridge.cases.lesson;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.ConsumedExamples;
import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Our copy of advisory.lesson-published.v1 reads the producer's example and the copy in our own document. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class LessonContractTest {

    static final Path PRODUCER_DOCUMENT = Path.of("../advisory-service/src/main/resources/asyncapi.yaml");

    @Inject
    ConsumedExamples examples;

    @Test
    void theProducersExampleReads() {
        assertExample(examples.producers(PRODUCER_DOCUMENT, LessonPublishedV1.TYPE, LessonPublishedV1.class));
    }

    @Test
    void ourDocumentedCopyReads() {
        assertExample(examples.ours(LessonPublishedV1.TYPE, LessonPublishedV1.class));
    }

    private static void assertExample(LessonPublishedV1 lesson) {
        assertEquals(1, lesson.revision());
        assertEquals(LessonKind.LESSON, lesson.kind());
        assertEquals(List.of(Barrier.SCHOOL_ACCESS), lesson.barriers());
        assertEquals(List.of(Domain.SCHOOL), lesson.domains());
        assertEquals(List.of("north"), lesson.regions());
    }
}
