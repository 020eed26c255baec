package org.carebridge.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventCodec;
import org.carebridge.platform.events.PoisonEventException;

import java.util.stream.Collectors;

/**
 * Reads the data of a consumed event into this service's own record and checks it against the record's
 * constraints: an event that can never be applied is poison and goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class EventReader {

    private final EventCodec codec;
    private final Validator validator;

    public EventReader(EventCodec codec, Validator validator) {
        this.codec = codec;
        this.validator = validator;
    }

    public CloudEvent envelope(String value) {
        if (value == null) {
            throw new PoisonEventException("record without a value");
        }
        return codec.envelope(value);
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        return read(event, type).data();
    }

    /** The data with the values of growing vocabularies this release read as "other" (kept in the inbox). */
    public <T> EventCodec.Read<T> read(CloudEvent event, Class<T> type) {
        if (!event.data().isObject()) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " is not a JSON object");
        }
        EventCodec.Read<T> read = codec.read(event, type);
        var violations = validator.validate(read.data());
        if (!violations.isEmpty()) {
            String fields = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " is invalid: " + fields);
        }
        return read;
    }
}
