package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.network.alert.CaseAlertRaisedV1;
import org.carebridge.network.erasure.CaseErasedV1;
import org.carebridge.network.escalation.CaseEscalatedV1;
import org.carebridge.network.escalation.CaseEscalationWithdrawnV1;
import org.carebridge.network.handover.CaseHandoverAcceptedV1;
import org.carebridge.network.handover.CaseHandoverDeclinedV1;
import org.carebridge.network.handover.CaseHandoverRequestedV1;
import org.carebridge.network.handover.CaseHandoverWithdrawnV1;
import org.carebridge.network.referral.AdviceGivenV1;
import org.carebridge.network.roster.CaseTeamChangedV1;
import org.carebridge.network.teamnotice.ReferralStepV1;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.stack.testing.AsyncApiExamples;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.UnknownValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * A producer upgraded before network-service (issue 19): every event we consume, as the producer's next release might
 * send it (every vocabulary value one we do not know, age bands that do not exist today, a field added), still reads
 * through the live consumer's reader, so a rolling upgrade in either order dead-letters nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class NextReleaseContractTest {

    @Inject
    EventReader reader;

    static Stream<Arguments> everyConsumedEvent() {
        Path caseService = EventContractTest.CASE_SERVICE;
        Path advisoryService = EventContractTest.ADVISORY_SERVICE;
        return Stream.of(
                Arguments.of(CaseEscalatedV1.TYPE, CaseEscalatedV1.class, caseService),
                Arguments.of(CaseEscalationWithdrawnV1.TYPE, CaseEscalationWithdrawnV1.class, caseService),
                Arguments.of(CaseAlertRaisedV1.TYPE, CaseAlertRaisedV1.class, caseService),
                Arguments.of(CaseHandoverRequestedV1.TYPE, CaseHandoverRequestedV1.class, caseService),
                Arguments.of(CaseHandoverAcceptedV1.TYPE, CaseHandoverAcceptedV1.class, caseService),
                Arguments.of(CaseHandoverDeclinedV1.TYPE, CaseHandoverDeclinedV1.class, caseService),
                Arguments.of(CaseHandoverWithdrawnV1.TYPE, CaseHandoverWithdrawnV1.class, caseService),
                Arguments.of(CaseErasedV1.TYPE, CaseErasedV1.class, caseService),
                Arguments.of(CaseTeamChangedV1.TYPE, CaseTeamChangedV1.class, caseService),
                Arguments.of(AdviceGivenV1.TYPE, AdviceGivenV1.class, advisoryService),
                Arguments.of(ReferralStepV1.TYPE, ReferralStepV1.class, advisoryService));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConsumedEvent")
    void theProducersNextReleaseStillReads(String type, Class<?> record, Path producer) {
        var newer = UnknownValues.in(AsyncApiExamples.data(producer, type));
        CloudEvent event = new CloudEvent("1.0", "contract", "contract-test", type, OffsetDateTime.now(), "s",
                "application/json", newer);
        assertDoesNotThrow(() -> reader.data(event, record), () -> type + " as " + newer);
    }
}
