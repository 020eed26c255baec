package org.carebridge.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A date PostgreSQL could not store is refused naming its field; ordinary dates read as before. */
class DateBoundsTest {

    record Meeting(LocalDate day, OffsetDateTime at) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    DateBoundsTest() {
        new DateBounds().customize(mapper);
    }

    @Test
    void aYearBeyond9999OrAHugeNumberIsRefusedNamingTheField() {
        InvalidFormatException far = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"day\":\"+999999999-12-31\"}", Meeting.class));
        assertEquals("day", ProblemMappers.jsonPath(far));
        assertEquals(DateBounds.MESSAGE, far.getOriginalMessage());
        InvalidFormatException number = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"day\":-61769104628}", Meeting.class));
        assertEquals("day", ProblemMappers.jsonPath(number));
        InvalidFormatException time = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"at\":\"+20000-01-01T00:00:00Z\"}", Meeting.class));
        assertEquals("at", ProblemMappers.jsonPath(time));
    }

    @Test
    void ordinaryDatesReadAsBefore() throws Exception {
        Meeting m = mapper.readValue("{\"day\":\"2026-12-01\",\"at\":\"2026-12-01T10:00:00+02:00\"}", Meeting.class);
        assertEquals(LocalDate.of(2026, 12, 1), m.day());
        assertEquals(OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC).toInstant(), m.at().toInstant());
    }
}
