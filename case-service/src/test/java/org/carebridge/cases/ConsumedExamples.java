package org.carebridge.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For the contract tests of the events case-service consumes: the documented example of an event, the producer's or
 * our copy, read as its consumer reads it (envelope, then validated data: a poison example throws).
 */
@ApplicationScoped
public class ConsumedExamples {

    private final EventReader reader;
    private final ObjectMapper mapper;

    public ConsumedExamples(EventReader reader, ObjectMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
    }

    /** The example in the producer's document, which is in the repository beside ours (a missing one fails). */
    public <T> T producers(Path document, String type, Class<T> data) {
        return read(AsyncApiDocument.at(document), type, data);
    }

    /** The example in our own copy of the contract. */
    public <T> T ours(String type, Class<T> data) {
        return read(AsyncApiDocument.ours(), type, data);
    }

    private <T> T read(AsyncApiDocument document, String type, Class<T> data) {
        return read(document.examplePayload(type), type, data);
    }

    private <T> T read(JsonNode envelope, String type, Class<T> data) {
        try {
            CloudEvent event = reader.envelope(mapper.writeValueAsString(envelope));
            assertEquals(type, event.type());
            return reader.data(event, data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
