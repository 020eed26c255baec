package org.carebridge.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes CloudEvent envelopes and their data records with the application's ObjectMapper.
 * A malformed event throws {@link PoisonEventException}, which the messaging layer sends to the dead-letter topic.
 */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;
    /** The application's mapper with the tolerant reader of enums: for consumed events' data only, never requests. */
    private final ObjectReader dataReader;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.dataReader = mapper.reader().withHandler(new UnknownEnumValues());
    }

    public CloudEvent envelope(String json) {
        try {
            CloudEvent event = mapper.readValue(json, CloudEvent.class);
            if (event.id() == null || event.type() == null || event.data() == null) {
                throw new PoisonEventException("CloudEvent without id, type or data");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not a CloudEvent JSON document: " + withoutValues(e));
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        return read(event, type).data();
    }

    /** The event's data as this service's record, with the values it read as "other" ({@link Vocabularies}). */
    public <T> Read<T> read(CloudEvent event, Class<T> type) {
        try {
            List<String> unrecognised = new ArrayList<>();
            T data = dataReader.forType(type).withAttribute(UnknownEnumValues.UNRECOGNISED, unrecognised)
                    .readValue(event.data());
            return new Read<>(data, List.copyOf(unrecognised));
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " does not read as "
                    + type.getSimpleName() + ": " + withoutValues(e));
        }
    }

    /**
     * @param unrecognised "field=value" (a JSON pointer) for each value of a vocabulary that may grow which this
     *                     release does not know and read as its "other" constant; empty for most events
     */
    public record Read<T>(T data, List<String> unrecognised) {
    }

    /**
     * What went wrong and where, never the value: Jackson's own messages quote the offending text, which in an
     * event may be a team's free text, and the reason travels to the dead-letter topic and an operator's screen.
     */
    static String withoutValues(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "field " + field + " is missing, unknown or of a wrong type or value (" + e.getClass().getSimpleName() + ")";
        }
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return e.getClass().getSimpleName() + " at line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr();
        }
        return e.getClass().getSimpleName();
    }

    public CloudEvent wrap(String source, String type, String subject, Object data) {
        return CloudEvent.of(source, type, subject, mapper.valueToTree(data));
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.type(), e);
        }
    }
}
