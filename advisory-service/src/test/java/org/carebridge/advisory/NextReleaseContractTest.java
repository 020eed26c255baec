package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.advisory.digest.CaseDigestV1;
import org.carebridge.advisory.erasure.CaseDigestErasedV1;
import org.carebridge.advisory.referral.ReferredToAdvisoryV1;
import org.carebridge.platform.testing.NextReleaseContract;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.params.provider.Arguments;

import java.util.stream.Stream;

/** Every event advisory-service consumes, as its producer's next release might send it, still reads (issue 19). */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class NextReleaseContractTest extends NextReleaseContract {

    static Stream<Arguments> everyConsumedEvent() {
        return Stream.of(
                Arguments.of(ReferredToAdvisoryV1.TYPE, ReferredToAdvisoryV1.class, asyncApiOf("network-service")),
                Arguments.of(CaseDigestV1.TYPE, CaseDigestV1.class, asyncApiOf("case-service")),
                Arguments.of(CaseDigestErasedV1.TYPE, CaseDigestErasedV1.class, asyncApiOf("case-service")));
    }
}
