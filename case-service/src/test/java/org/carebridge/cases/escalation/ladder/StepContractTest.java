package org.carebridge.cases.escalation.ladder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.ConsumedExamples;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Our copies of network.escalation-step.v1 and advisory.referral-step.v1 read the examples in our document (written
 * to the shapes agreed for issue 18) and the producers' own examples.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class StepContractTest {

    static final Path NETWORK_DOCUMENT = Path.of("../network-service/src/main/resources/asyncapi.yaml");
    static final Path ADVISORY_DOCUMENT = Path.of("../advisory-service/src/main/resources/asyncapi.yaml");

    @Inject
    ConsumedExamples examples;

    @Test
    void ourDocumentedCopyOfTheBridgeStepReads() {
        assertBridgeStep(examples.ours(EscalationStepV1.TYPE, EscalationStepV1.class));
    }

    @Test
    void ourDocumentedCopyOfTheAdvisoryStepReads() {
        assertAdvisoryStep(examples.ours(ReferralStepV1.TYPE, ReferralStepV1.class));
    }

    @Test
    void theBridgesExampleReads() throws IOException {
        EscalationStepV1 step = examples.producers(NETWORK_DOCUMENT, EscalationStepV1.TYPE, EscalationStepV1.class);
        assertFalse(step.step().isBlank());
        assertFalse(step.actor().isBlank());
    }

    @Test
    void theAdvisoryGroupsExampleReads() throws IOException {
        ReferralStepV1 step = examples.producers(ADVISORY_DOCUMENT, ReferralStepV1.TYPE, ReferralStepV1.class);
        assertFalse(step.step().isBlank());
        assertFalse(step.actor().isBlank());
    }

    private static void assertBridgeStep(EscalationStepV1 step) {
        assertEquals("CONSULTATION_OUTCOME", step.step());
        assertEquals("CLAIMED", step.status());
        assertEquals(LocalDate.of(2026, 12, 4), step.dueDate());
        assertEquals("The school keeps a place open until the housing is settled.", step.consultation().outcome());
        assertEquals("bruno", step.consultation().decisions().get(0).owner());
    }

    private static void assertAdvisoryStep(ReferralStepV1 step) {
        assertEquals("DECISION", step.step());
        assertEquals("ada", step.owner());
        assertFalse(step.decision().isFinal());
        assertEquals(LocalDate.of(2026, 12, 11), step.decision().dueDate());
    }
}
