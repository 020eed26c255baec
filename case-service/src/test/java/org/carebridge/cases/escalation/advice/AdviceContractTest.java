package org.carebridge.cases.escalation.advice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventCodec;
import org.carebridge.platform.events.EventReader;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our copy of advisory.advice-given.v1 reads the producer's example events. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class AdviceContractTest {

    /** advisory-service's contract, when the module is checked out beside ours (it is in the repository). */
    static final Path PRODUCER_DOCUMENT = Path.of("../advisory-service/src/main/resources/asyncapi.yaml");

    @Inject
    EventCodec codec;
    @Inject
    EventReader reader;
    @Inject
    ObjectMapper mapper;

    @Test
    void ourDocumentedCopyOfTheAdviceEventReads() throws Exception {
        assertReadable(mapper.writeValueAsString(AsyncApiDocument.ours().examplePayload(AdviceGivenV1.TYPE)));
    }

    @Test
    void theProducersExampleReads() throws Exception {
        assertTrue(Files.exists(PRODUCER_DOCUMENT), "advisory-service's asyncapi.yaml is missing: no contract check without it");
        assertReadable(mapper.writeValueAsString(AsyncApiDocument.at(PRODUCER_DOCUMENT).examplePayload(AdviceGivenV1.TYPE)));
    }

    private void assertReadable(String json) {
        CloudEvent event = codec.envelope(json);
        assertEquals(AdviceGivenV1.TYPE, event.type());
        AdviceGivenV1 advice = reader.data(event, AdviceGivenV1.class); // throws as the consumer would if not applicable
        assertNotNull(advice.givenAt());
        assertNotNull(advice.referralId());
    }
}
