package org.carebridge.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every body Jackson cannot read is named by field and described in plain words; before, 14 of 24 malformed bodies
 * named Java classes ("Cannot deserialize value of type `java.util.UUID`..."), and a repeated key was taken silently.
 */
class BodyErrorsTest {

    enum Kind { LESSON, SUCCESS_STORY }

    record Member(String username, int hours) {
    }

    record Body(String title, Kind kind, UUID referralId, Integer size, LocalDate date, List<Member> members) {
    }

    static final Pattern CLASS_LIKE = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]");

    private final ObjectMapper mapper = JsonReading.configure(new ObjectMapper().registerModule(new JavaTimeModule()));

    BodyErrorsTest() {
        new NulGuard().customize(mapper);
        new DateBounds().customize(mapper);
    }

    private Problem.FieldError error(String json) {
        return error(json.getBytes(StandardCharsets.UTF_8));
    }

    private Problem.FieldError error(byte[] json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Body.class));
        Problem.FieldError error = BodyErrors.of(e);
        assertFalse(CLASS_LIKE.matcher(error.message()).find(), error.message());
        for (String leak : List.of("java.", "org.carebridge", "com.fasterxml", "Exception", "`")) {
            assertFalse(error.message().contains(leak), error.message());
        }
        return error;
    }

    private void assertError(String field, String message, Problem.FieldError error) {
        assertEquals(new Problem.FieldError(field, message), error);
    }

    @Test
    void aRepeatedKeyIsRefusedNamingIt() {
        assertError("title", "appears more than once", error("{\"title\":\"a\",\"title\":\"b\"}"));
        // the shape that was a 500: the record is complete before the repeated key comes
        assertError("members[1].username", "appears more than once",
                error("{\"members\":[{\"username\":\"a\",\"hours\":1},{\"username\":\"a\",\"hours\":1,\"username\":\"b\"}]}"));
    }

    @Test
    void theWrongTypeSaysWhatWasExpectedInPlainWords() {
        assertError("referralId", "must be a UUID", error("{\"referralId\":\"x\"}"));
        assertError("referralId", "must be a UUID", error("{\"referralId\":5}"));
        assertError("kind", "must be one of LESSON, SUCCESS_STORY", error("{\"kind\":\"X\"}"));
        assertError("title", "must be a string", error("{\"title\":[1]}"));
        assertError("members", "must be a JSON array", error("{\"members\":{}}"));
        assertError("members[0]", "must be a JSON object", error("{\"members\":[\"x\"]}"));
        assertError("size", "must be a whole number", error("{\"size\":\"ten\"}"));
        assertError("date", "must be a date as YYYY-MM-DD", error("{\"date\":\"1.12.2026\"}"));
        assertError("date", DateBounds.MESSAGE, error("{\"date\":\"+999999999-12-31\"}"));
        assertError("nope", "is not a known field", error("{\"nope\":1}"));
    }

    @Test
    void theWrongTopLevelTypeIsNotAnObject() {
        assertError("body", "must be a JSON object", error("[1,2]"));
        assertError("body", "must be a JSON object", error("\"x\""));
        assertError("body", "must be a JSON object", error("42"));
    }

    @Test
    void aNumberTooLargeForTheFieldNamesItsRange() {
        assertError("size", "must be a whole number from -2147483648 to 2147483647", error("{\"size\":99999999999}"));
        assertError("members[0].hours", "must be a whole number from -2147483648 to 2147483647",
                error("{\"members\":[{\"username\":\"a\",\"hours\":99999999999999999999}]}"));
    }

    @Test
    void brokenDocumentsSayWhere() {
        assertError("body", "malformed JSON at line 1 column 10", error("{\"title\" 1}"));
        assertError("title", "JSON ends too early at line 1 column 12", error("{\"title\":\"a"));
        assertError("body", "JSON ends too early at line 1 column 14", error("{\"title\":\"a\","));
        assertError("body", "has more data after the end of the JSON value", error("{\"title\":\"a\"}{}"));
        assertEquals("body", error("{\"title\":\"a\"} x").field());
        assertTrue(error(new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'})
                .message().startsWith("is not valid UTF-8"));
    }

    @Test
    void deepNestingIsRefusedBeforeItCanExhaustTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertError("body", "is nested more than 100 levels deep", errorAsTree(deep));
        assertError("body", "is nested more than 100 levels deep", error("{\"nope\":" + deep + "}"));
    }

    private Problem.FieldError errorAsTree(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readTree(json));
        return BodyErrors.of(e);
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheField() {
        assertError("title", NulGuard.SURROGATE, error("{\"title\":\"a\\ud800b\"}"));
        assertError("members[0].username", NulGuard.SURROGATE,
                error("{\"members\":[{\"username\":\"\\udc00\",\"hours\":1}]}"));
    }

    @Test
    void aByteOrderMarkAndPairedSurrogatesAreRead() throws Exception {
        Body body = mapper.readValue("\ufeff{\"title\":\"\\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8), Body.class);
        assertEquals("\ud83d\ude00", body.title());
    }

    @Test
    void anOverLongNumberOrNumericTextNamesItsField() {
        assertEquals("size", error("{\"size\":" + "9".repeat(2_000) + "}").field());
        assertEquals("members[0].hours", error("{\"members\":[{\"hours\":\"" + "1".repeat(20_000) + "\"}]}").field());
        assertError("members[0].hours", "holds a value that is too long",
                error("{\"members\":[{\"hours\":\"" + "1".repeat(JsonReading.MAX_NUMBER_LENGTH + 1) + "\"}]}"));
    }
}
