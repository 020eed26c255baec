package org.carebridge.cases.escalation.resolution;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.AsyncApiDocument;
import org.carebridge.cases.escalation.ResolutionOutcome;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our copy of network.escalation-resolved.v1 reads the producer's example and the copy in our own document. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class ResolutionContractTest {

    static final Path PRODUCER_DOCUMENT = Path.of("../network-service/src/main/resources/asyncapi.yaml");

    @Inject
    EventReader reader;
    @Inject
    ObjectMapper mapper;

    @Test
    void theProducersExampleReads() throws Exception {
        assertTrue(Files.exists(PRODUCER_DOCUMENT), "network-service's contract is in the repository");
        assertReadable(mapper.writeValueAsString(
                AsyncApiDocument.at(PRODUCER_DOCUMENT).examplePayload(EscalationResolvedV1.TYPE)));
    }

    @Test
    void ourDocumentedCopyReads() throws Exception {
        assertReadable(mapper.writeValueAsString(AsyncApiDocument.ours().examplePayload(EscalationResolvedV1.TYPE)));
    }

    private void assertReadable(String json) {
        CloudEvent event = reader.envelope(json);
        assertEquals(EscalationResolvedV1.TYPE, event.type());
        EscalationResolvedV1 resolution = reader.data(event, EscalationResolvedV1.class); // validated: poison throws
        assertEquals(ResolutionOutcome.UNBLOCKED, resolution.outcome());
        assertEquals("north", resolution.region());
        assertEquals("bruno", resolution.resolvedBy());
    }
}
