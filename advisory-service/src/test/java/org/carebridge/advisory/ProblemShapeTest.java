package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every refusal of the platform's HTTP and JSON layer, on a real service: problem+json with the status, the field
 * where there is one, and no Java class in the text. Before: a repeated key was taken (or a 500 with an empty body),
 * 14 of 24 malformed bodies named classes, a lone surrogate was stored as "?", and 401, 413, 414, 431 and a bad
 * percent-encoding were empty answers.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class ProblemShapeTest {

    private static final String BARRIERS = "/api/advisory/barriers";
    private static final String OK = "\"title\":\"t\",\"description\":\"d\",\"category\":\"HOUSING\"";
    private static final Pattern CLASS_LIKE = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]");

    static Stream<Arguments> badBodies() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        return Stream.of(
                Arguments.of("repeated key", BARRIERS, "{\"title\":\"a\",\"title\":\"b\",\"description\":\"d\",\"category\":\"HOUSING\"}", "title", "appears more than once"),
                // the 500 with an empty body: the record was complete when the repeated key came
                Arguments.of("repeated key after a complete record", BARRIERS, "{" + OK + ",\"status\":\"OPEN\",\"owner\":\"ada\",\"title\":\"x\"}", "title", "appears more than once"),
                Arguments.of("array at the top", BARRIERS, "[1,2]", "body", "must be a JSON object"),
                Arguments.of("string at the top", BARRIERS, "\"x\"", "body", "must be a JSON object"),
                Arguments.of("number at the top", BARRIERS, "42", "body", "must be a JSON object"),
                Arguments.of("10,000 nested arrays", BARRIERS, deep, "body", "must be a JSON object"),
                Arguments.of("10,000 nested arrays in a field", BARRIERS, "{\"title\":" + deep + "}", "title", "must be a string"),
                Arguments.of("trailing object", BARRIERS, "{" + OK + "}{}", "body", "more data after the end"),
                Arguments.of("trailing junk", BARRIERS, "{" + OK + "} x", "body", "malformed JSON at line 1"),
                Arguments.of("truncated", BARRIERS, "{\"title\":\"t", "title", "JSON ends too early"),
                Arguments.of("unknown enum value", BARRIERS, "{\"title\":\"t\",\"description\":\"d\",\"category\":\"NOPE\"}", "category", "must be one of "),
                Arguments.of("null for a required field", BARRIERS, "{\"title\":\"t\",\"description\":\"d\",\"category\":null}", "category", "must not be null"),
                Arguments.of("lone surrogate", BARRIERS, "{\"title\":\"a\\ud800\",\"description\":\"d\",\"category\":\"HOUSING\"}", "title", "surrogate"),
                Arguments.of("lone surrogate in a list", "/api/advisory/sessions", "{\"date\":\"2026-12-01\",\"members\":[\"ok\",\"\\udc00\"]}", "members[1]", "surrogate"),
                Arguments.of("number too large", "/api/advisory/sessions", "{\"date\":\"2026-12-01\",\"members\":[\"a\"],\"agendaSize\":99999999999999999999}", "agendaSize", "from -2147483648 to 2147483647"),
                Arguments.of("date of the wrong form", "/api/advisory/sessions", "{\"date\":\"1.12.2026\",\"members\":[\"a\"]}", "date", "must be a date as YYYY-MM-DD"),
                Arguments.of("object for a list", "/api/advisory/sessions", "{\"date\":\"2026-12-01\",\"members\":{}}", "members", "must be a JSON array"),
                Arguments.of("not a UUID", BARRIERS + "/00000000-0000-0000-0000-000000000000/evidence", "{\"referralId\":\"x\"}", "referralId", "must be a UUID"),
                Arguments.of("empty body", BARRIERS, "", "body", "must not be null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBodyThatCannotBeReadIsA400NamingTheFieldInPlainWords(String name, String path, String body, String field,
                                                               String message) {
        JsonPath problem = as("ada").contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8)).post(path)
                .then().statusCode(400).contentType(problemJson())
                .body("errors.field", hasItem(field)).body("detail", containsString(message))
                .extract().jsonPath();
        assertNoClassNames(problem.getString("detail"));
    }

    @Test
    void invalidUtf8IsA400NamingTheField() {
        byte[] body = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        JsonPath problem = as("ada").contentType(ContentType.JSON).body(body).post(BARRIERS)
                .then().statusCode(400).contentType(problemJson()).body("errors.field", hasItem("title"))
                .body("detail", containsString("is not valid UTF-8")).extract().jsonPath();
        assertNoClassNames(problem.getString("detail"));
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsReadAsJson() {
        // RFC 8259 lets a parser ignore a BOM; it is never a 5xx
        as("ada").contentType(ContentType.JSON).body(("\ufeff{" + OK + "}").getBytes(StandardCharsets.UTF_8))
                .post(BARRIERS).then().statusCode(201);
    }

    @Test
    void noOrABadTokenIsA401ProblemThatStillNamesTheScheme() throws Exception {
        RawHttp none = RawHttp.send("GET " + BARRIERS + " HTTP/1.1\r\n", null);
        assertProblem(none, 401);
        assertTrue(none.head().contains("www-authenticate: bearer"), none.head());
        RawHttp bad = RawHttp.send("GET " + BARRIERS + " HTTP/1.1\r\nAuthorization: Bearer not-a-token\r\n", null);
        assertProblem(bad, 401);
        assertTrue(bad.head().contains("www-authenticate: bearer"), bad.head());
    }

    @Test
    void otherRefusalsOfResourcesAreProblems() throws Exception {
        String auth = "Authorization: Bearer " + KeycloakTokens.accessToken("ada") + "\r\n";
        assertProblem(RawHttp.send("GET /api/advisory/audit HTTP/1.1\r\n" + auth, null), 403);
        assertProblem(RawHttp.send("GET /api/advisory/nothing-here HTTP/1.1\r\n" + auth, null), 404);
        assertProblem(RawHttp.send("DELETE " + BARRIERS + " HTTP/1.1\r\n" + auth, null), 405);
        assertProblem(RawHttp.send("GET " + BARRIERS + " HTTP/1.1\r\nAccept: image/png\r\n" + auth, null), 406);
        assertProblem(RawHttp.send("POST " + BARRIERS + " HTTP/1.1\r\nContent-Type: text/plain\r\n" + auth,
                "x".getBytes(StandardCharsets.UTF_8)), 415);
    }

    @Test
    void limitsOfTheHttpServerAreProblems() throws Exception {
        String auth = "Authorization: Bearer " + KeycloakTokens.accessToken("ada") + "\r\n";
        assertProblem(RawHttp.send("POST " + BARRIERS + " HTTP/1.1\r\nContent-Type: application/json\r\n" + auth,
                new byte[11 * 1024 * 1024]), 413);
        assertProblem(RawHttp.send("GET " + BARRIERS + "?status=" + "a".repeat(10_000) + " HTTP/1.1\r\n" + auth, null), 414);
        assertProblem(RawHttp.send("GET " + BARRIERS + " HTTP/1.1\r\nX-Padding: " + "a".repeat(30_000) + "\r\n" + auth, null), 431);
    }

    @Test
    void percentEncodedBytesThatAreNotUtf8AreA400NamingWhere() throws Exception {
        String auth = "Authorization: Bearer " + KeycloakTokens.accessToken("ada") + "\r\n";
        // a lone surrogate as CESU-8 bytes, and a broken sequence: not UTF-8, so not silently turned into U+FFFD
        assertEquals(List.of("status"), fields(RawHttp.send("GET " + BARRIERS + "?status=%ED%A0%80 HTTP/1.1\r\n" + auth, null)));
        assertEquals(List.of("q"), fields(RawHttp.send("GET " + BARRIERS + "?page=1&q=%C3%28 HTTP/1.1\r\n" + auth, null)));
        assertEquals(List.of("path"), fields(RawHttp.send("GET " + BARRIERS + "/%ED%A0%80 HTTP/1.1\r\n", null)));
        assertEquals(List.of("path"), fields(RawHttp.send("GET " + BARRIERS + "/%FF HTTP/1.1\r\n" + auth, null)));
    }

    private static List<String> fields(RawHttp answer) {
        assertProblem(answer, 400);
        return JsonPath.from(answer.body()).getList("errors.field", String.class);
    }

    private static void assertProblem(RawHttp answer, int status) {
        assertEquals(status, answer.status(), answer.head() + "\n" + answer.body());
        assertTrue(answer.head().contains("content-type: application/problem+json"), answer.head());
        JsonPath problem = JsonPath.from(answer.body());
        assertEquals(status, problem.getInt("status"), answer.body());
        assertNoClassNames(problem.getString("detail"));
    }

    private static void assertNoClassNames(String detail) {
        assertFalse(detail == null || detail.isBlank(), "a detail");
        assertFalse(CLASS_LIKE.matcher(detail).find(), detail);
        for (String leak : List.of("java.", "org.carebridge", "com.fasterxml")) {
            assertFalse(detail.contains(leak), detail);
        }
    }

    private static String problemJson() {
        return "application/problem+json";
    }
}
