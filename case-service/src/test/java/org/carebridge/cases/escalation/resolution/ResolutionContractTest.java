package org.carebridge.cases.escalation.resolution;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.ConsumedExamples;
import org.carebridge.cases.escalation.ResolutionOutcome;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Our copy of network.escalation-resolved.v1 reads the producer's example and the copy in our own document. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class ResolutionContractTest {

    static final Path PRODUCER_DOCUMENT = Path.of("../network-service/src/main/resources/asyncapi.yaml");

    @Inject
    ConsumedExamples examples;

    @Test
    void theProducersExampleReads() {
        assertExample(examples.producers(PRODUCER_DOCUMENT, EscalationResolvedV1.TYPE, EscalationResolvedV1.class));
    }

    @Test
    void ourDocumentedCopyReads() {
        assertExample(examples.ours(EscalationResolvedV1.TYPE, EscalationResolvedV1.class));
    }

    private static void assertExample(EscalationResolvedV1 resolution) {
        assertEquals(ResolutionOutcome.UNBLOCKED, resolution.outcome());
        assertEquals("north", resolution.region());
        assertEquals("bruno", resolution.resolvedBy());
    }
}
