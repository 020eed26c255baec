package org.carebridge.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A NUL in any string of a body is refused naming its field; the packaged system's proof sends the real ones. */
class NulGuardTest {

    record Note(String text, List<String> tags) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    NulGuardTest() {
        new NulGuard().customize(mapper);
    }

    @Test
    void aNulInAFieldOrAListIsRefusedNamingIt() {
        InvalidFormatException text = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"text\":\"a\\u0000b\",\"tags\":[]}", Note.class));
        assertEquals("text", ProblemMappers.jsonPath(text));
        assertEquals(NulGuard.MESSAGE, text.getOriginalMessage());
        InvalidFormatException tag = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"text\":\"a\",\"tags\":[\"ok\",\"\\u0000\"]}", Note.class));
        assertEquals("tags[1]", ProblemMappers.jsonPath(tag));
    }

    @Test
    void otherTextIsReadAsBefore() throws Exception {
        Note note = mapper.readValue("{\"text\":\"\\u00e9\\u202e\\t\",\"tags\":[\"x\"]}", Note.class);
        assertEquals("\u00e9\u202e\t", note.text());
        assertEquals(List.of("x"), note.tags());
    }
}
