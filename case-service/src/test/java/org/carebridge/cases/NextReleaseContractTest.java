package org.carebridge.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.cases.escalation.advice.AdviceGivenV1;
import org.carebridge.cases.escalation.ladder.EscalationStepV1;
import org.carebridge.cases.escalation.ladder.ReferralStepV1;
import org.carebridge.cases.escalation.resolution.EscalationResolvedV1;
import org.carebridge.cases.lesson.LessonPublishedV1;
import org.carebridge.platform.testing.NextReleaseContract;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.params.provider.Arguments;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Every event case-service consumes, as its producer's next release might send it, still reads (issue 19). */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class NextReleaseContractTest extends NextReleaseContract {

    static Stream<Arguments> everyConsumedEvent() {
        Path network = asyncApiOf("network-service");
        Path advisory = asyncApiOf("advisory-service");
        return Stream.of(
                Arguments.of(EscalationStepV1.TYPE, EscalationStepV1.class, network),
                Arguments.of(EscalationResolvedV1.TYPE, EscalationResolvedV1.class, network),
                Arguments.of(ReferralStepV1.TYPE, ReferralStepV1.class, advisory),
                Arguments.of(AdviceGivenV1.TYPE, AdviceGivenV1.class, advisory),
                Arguments.of(LessonPublishedV1.TYPE, LessonPublishedV1.class, advisory));
    }
}
