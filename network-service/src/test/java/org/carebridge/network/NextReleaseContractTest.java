package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
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
import org.carebridge.platform.testing.NextReleaseContract;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.params.provider.Arguments;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Every event network-service consumes, as its producer's next release might send it, still reads (issue 19). */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class NextReleaseContractTest extends NextReleaseContract {

    static Stream<Arguments> everyConsumedEvent() {
        Path caseService = asyncApiOf("case-service");
        Path advisoryService = asyncApiOf("advisory-service");
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
}
