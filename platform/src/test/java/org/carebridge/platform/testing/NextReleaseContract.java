package org.carebridge.platform.testing;

import jakarta.inject.Inject;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.stack.testing.AsyncApiExamples;
import org.carebridge.stack.testing.UnknownValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * A producer upgraded before its consumer (issue 19): every event a service consumes, as the producer's next release
 * might send it ({@link UnknownValues}: vocabulary values we do not know, age bands that do not exist today, a field
 * added), still reads through the live consumer's reader, so a rolling upgrade in either order dead-letters nothing.
 * A service's {@code @QuarkusTest} extends this and names what it consumes in a static {@code everyConsumedEvent()}
 * (type, its data record, the producer's AsyncAPI document).
 */
public abstract class NextReleaseContract {

    @Inject
    EventReader reader;

    /** The AsyncAPI document of a sibling service, seen from a service module's directory (where its tests run). */
    protected static Path asyncApiOf(String service) {
        return Path.of("..", service, "src/main/resources/asyncapi.yaml");
    }

    /** The producer's example of {@code type} as its next release might send it. */
    private static CloudEvent nextRelease(Path producer, String type) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, "contract", "contract-test", type, OffsetDateTime.now(), "s",
                "application/json", UnknownValues.in(AsyncApiExamples.data(producer, type)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConsumedEvent")
    public void theProducersNextReleaseStillReads(String type, Class<?> record, Path producer) {
        CloudEvent event = nextRelease(producer, type);
        assertDoesNotThrow(() -> reader.data(event, record), () -> type + " as " + event.data());
    }
}
