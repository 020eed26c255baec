package org.carebridge.cases.lesson;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.barrier.Barrier;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our copy of advisory.lesson-published.v1 reads the producer's example and the copy in our own document. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class LessonContractTest {

    static final Path PRODUCER_DOCUMENT = Path.of("../advisory-service/src/main/resources/asyncapi.yaml");

    @Inject
    EventReader reader;
    @Inject
    ObjectMapper mapper;

    @Test
    void theProducersExampleReads() throws Exception {
        assertTrue(Files.exists(PRODUCER_DOCUMENT), "advisory-service's contract is in the repository");
        assertReadable(mapper.writeValueAsString(
                AsyncApiDocument.at(PRODUCER_DOCUMENT).examplePayload(LessonPublishedV1.TYPE)));
    }

    @Test
    void ourDocumentedCopyReads() throws Exception {
        assertReadable(mapper.writeValueAsString(AsyncApiDocument.ours().examplePayload(LessonPublishedV1.TYPE)));
    }

    private void assertReadable(String json) {
        CloudEvent event = reader.envelope(json);
        LessonPublishedV1 lesson = reader.data(event, LessonPublishedV1.class); // validated: poison throws
        assertEquals(1, lesson.revision());
        assertEquals(LessonKind.LESSON, lesson.kind());
        assertEquals(List.of(Barrier.SCHOOL_ACCESS), lesson.barriers());
        assertEquals(List.of(Domain.SCHOOL), lesson.domains());
        assertEquals(List.of("north"), lesson.regions());
    }
}
