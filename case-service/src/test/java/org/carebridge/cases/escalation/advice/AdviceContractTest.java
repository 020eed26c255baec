package org.carebridge.cases.escalation.advice;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.ConsumedExamples;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Our copy of advisory.advice-given.v1 reads the producer's example events. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class AdviceContractTest {

    /** advisory-service's contract, when the module is checked out beside ours (it is in the repository). */
    static final Path PRODUCER_DOCUMENT = Path.of("../advisory-service/src/main/resources/asyncapi.yaml");

    @Inject
    ConsumedExamples examples;

    @Test
    void ourDocumentedCopyOfTheAdviceEventReads() {
        assertExample(examples.ours(AdviceGivenV1.TYPE, AdviceGivenV1.class));
    }

    @Test
    void theProducersExampleReads() {
        assertExample(examples.producers(PRODUCER_DOCUMENT, AdviceGivenV1.TYPE, AdviceGivenV1.class));
    }

    private static void assertExample(AdviceGivenV1 advice) {
        assertNotNull(advice.givenAt());
        assertNotNull(advice.referralId());
    }
}
