package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.advisory.digest.CaseDigestV1;
import org.carebridge.advisory.erasure.CaseDigestErasedV1;
import org.carebridge.advisory.referral.ReferredToAdvisoryV1;
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
 * A producer upgraded before advisory-service (issue 19): every event we consume, as the producer's next release might
 * send it (every vocabulary value one we do not know, age bands that do not exist today, a field added), still reads
 * through the live consumer's reader, so a rolling upgrade in either order dead-letters nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class NextReleaseContractTest {

    @Inject
    EventReader reader;

    static Stream<Arguments> everyConsumedEvent() {
        return Stream.of(
                Arguments.of(ReferredToAdvisoryV1.TYPE, ReferredToAdvisoryV1.class, EventContractTest.NETWORK_SERVICE),
                Arguments.of(CaseDigestV1.TYPE, CaseDigestV1.class, EventContractTest.CASE_SERVICE),
                Arguments.of(CaseDigestErasedV1.TYPE, CaseDigestErasedV1.class, EventContractTest.CASE_SERVICE));
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
