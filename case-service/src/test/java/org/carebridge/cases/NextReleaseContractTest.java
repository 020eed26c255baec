package org.carebridge.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.cases.escalation.advice.AdviceGivenV1;
import org.carebridge.cases.escalation.ladder.EscalationStepV1;
import org.carebridge.cases.escalation.ladder.ReferralStepV1;
import org.carebridge.cases.escalation.resolution.EscalationResolvedV1;
import org.carebridge.cases.lesson.LessonPublishedV1;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * A producer upgraded before case-service (issue 19): every event we consume, as the producer's next release might
 * send it (every vocabulary value one we do not know, a field added), still reads through the live consumer's reader,
 * so a rolling upgrade in either order dead-letters nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class NextReleaseContractTest {

    private static final Path NETWORK = Path.of("../network-service/src/main/resources/asyncapi.yaml");
    private static final Path ADVISORY = Path.of("../advisory-service/src/main/resources/asyncapi.yaml");

    @Inject
    ConsumedExamples examples;

    static Stream<Arguments> everyConsumedEvent() {
        return Stream.of(
                Arguments.of(EscalationStepV1.TYPE, EscalationStepV1.class, NETWORK),
                Arguments.of(EscalationResolvedV1.TYPE, EscalationResolvedV1.class, NETWORK),
                Arguments.of(ReferralStepV1.TYPE, ReferralStepV1.class, ADVISORY),
                Arguments.of(AdviceGivenV1.TYPE, AdviceGivenV1.class, ADVISORY),
                Arguments.of(LessonPublishedV1.TYPE, LessonPublishedV1.class, ADVISORY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConsumedEvent")
    void theProducersNextReleaseStillReads(String type, Class<?> record, Path producer) {
        assertDoesNotThrow(() -> examples.producersNextRelease(producer, type, record), type);
    }
}
