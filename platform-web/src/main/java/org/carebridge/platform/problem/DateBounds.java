package org.carebridge.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.ToIntFunction;

/**
 * Dates and times in a body must lie in the years 1 to 9999: Jackson reads "+999999999-12-31" or a huge number as
 * a date that PostgreSQL cannot store, which used to fail in a statement as a 500; now it is a 400 naming the field.
 */
@Singleton
public class DateBounds implements ObjectMapperCustomizer {

    static final String MESSAGE = "must be a date between the years 1 and 9999";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("carebridge-date-bounds")
                .addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        LocalDate::getYear))
                .addDeserializer(OffsetDateTime.class, new Bounded<>(OffsetDateTime.class,
                        InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime::getYear)));
    }

    /** Applied last, so that these readers stand in front of the Java time module's own. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Jackson's own reader of the type, then the year check. */
    static final class Bounded<T> extends StdDeserializer<T> {
        private final JsonDeserializer<T> reader;
        private final ToIntFunction<T> year;

        Bounded(Class<T> type, JsonDeserializer<T> reader, ToIntFunction<T> year) {
            super(type);
            this.reader = reader;
            this.year = year;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = reader.deserialize(p, ctxt);
            if (value != null && (year.applyAsInt(value) < 1 || year.applyAsInt(value) > 9999)) {
                throw new BadValue(p, MESSAGE, value.toString(), handledType());
            }
            return value;
        }
    }
}
