package org.carebridge.cases.walk;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.carebridge.cases.walk.CaseCalls.Call;
import org.carebridge.cases.walk.OpenApiOperations.Operation;
import org.carebridge.cases.walk.OpenApiOperations.Parameter;
import org.carebridge.cases.walk.OpenApiOperations.Property;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends bad input to every operation case-service documents under /api/cases, generated from its OpenAPI
 * document: broken bodies, a wrong type and a huge string in each top-level property, an unknown field, a wrong
 * content type, malformed and unknown ids, bad paging (also beyond a long, and a page past any offset), unknown
 * filter values and over-long search text; properties one level down (the youth of a case) get the same. Each
 * request starts from the operation's valid call (CaseCalls) with one thing wrong, sent by someone allowed, so the answer is about the
 * input: always 4xx problem+json, never 5xx; a 400 about one field names that field.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class BadInputWalkTest {

    private static final String HUGE = "x".repeat(100_000);
    /** Query parameters that take any text (a name search, an audit filter): no value of theirs is "unknown". */
    private static final Set<String> FREE_TEXT = Set.of("q", "actor", "objectType", "objectId");
    private static final Set<String> PAGING = Set.of("page", "size");

    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void everyOperationAnswersBadInputWithAProblemAndNever5xx() {
        CaseCalls f = CaseCalls.onNewCase();
        Map<String, Call> calls = f.byOperation();
        List<Operation> operations = OpenApiOperations.underApiCases();
        for (Operation op : operations) {
            Call call = calls.get(op.key());
            if (call == null) {
                failures.add(op.key() + ": no valid call to start from (see EndpointWalkTest)");
                continue;
            }
            if (op.hasBody()) {
                bodies(f, op, call);
            }
            pathParameters(f, op, call);
            if (op.method().equals("GET")) {
                queryParameters(f, op, call);
            }
        }
        int sent = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("BadInputWalkTest: %d operations, %d requests sent, by status %s%n",
                operations.size(), sent, byStatus);
        assertEquals(List.of(), failures);
        assertTrue(operations.size() >= 30, "the document lists too few operations to be the real one");
    }

    private void bodies(CaseCalls f, Operation op, Call call) {
        String path = f.path(op.key(), f.pathValues());
        String what = op.key() + " body ";
        if (op.body().isEmpty() || op.required().isEmpty()) {
            // every body has required fields: an empty list means the document was not read right
            failures.add(what + "documented without properties or required fields");
        }
        expect(what + "malformed", send(call, op, path, "{\"broken\": ", ContentType.JSON), 400, "body");
        expect(what + "array", send(call, op, path, "[]", ContentType.JSON), 400, null);
        expect(what + "null", send(call, op, path, "null", ContentType.JSON), 400, null);
        expect(what + "empty", send(call, op, path, "", ContentType.JSON), 400, null);
        Response empty = send(call, op, path, "{}", ContentType.JSON);
        expect(what + "{}", empty, 400, null);
        if (empty.statusCode() == 400) {
            List<String> named = JsonPath.from(empty.asString()).getList("errors.field");
            for (String required : op.required()) {
                if (named == null || !named.contains(required)) {
                    failures.add(what + "{}: required field " + required + " not named, errors " + named);
                }
            }
        }
        for (Property property : op.body()) {
            Object wrong = property.type().equals("object") ? (Object) true : Map.of("wrong", true);
            expect(what + property.name() + " wrong type",
                    send(call, op, path, with(call, property.name(), wrong), ContentType.JSON), 400, property.name());
            if (property.type().equals("string")) {
                expect(what + property.name() + " huge",
                        send(call, op, path, with(call, property.name(), HUGE), ContentType.JSON), 400, property.name());
            }
        }
        expect(what + "unknown field", send(call, op, path, with(call, "unexpectedField", "x"), ContentType.JSON),
                400, "unexpectedField");
        expect(what + "text/plain", send(call, op, path, "just text", ContentType.TEXT), 415, null);
    }

    private void pathParameters(CaseCalls f, Operation op, Call call) {
        for (Parameter parameter : op.in("path")) {
            String name = parameter.name();
            if (parameter.uuid()) {
                expect(op.key() + " " + name + " not a UUID",
                        send(call, op, f.path(op.key(), replaced(f, name, "not-a-uuid")), call.body(), ContentType.JSON),
                        404, null);
            }
            String unknown = parameter.uuid() ? UUID.randomUUID().toString() : "nobody-" + UUID.randomUUID();
            expect(op.key() + " " + name + " unknown",
                    send(call, op, f.path(op.key(), replaced(f, name, unknown)), call.body(), ContentType.JSON),
                    404, null);
        }
    }

    private void queryParameters(CaseCalls f, Operation op, Call call) {
        String base = f.path(op.key(), f.pathValues()).replaceAll("\\?.*", "");
        for (Parameter parameter : op.in("query")) {
            String name = parameter.name();
            List<String> values = PAGING.contains(name) ? List.of("abc", "-1", "99999999999999999999")
                    : FREE_TEXT.contains(name) ? List.of("y".repeat(1_000)) : List.of("NO_SUCH_VALUE");
            for (String value : values) {
                Map<String, String> query = new LinkedHashMap<>(requiredQuery(f, op));
                query.put(name, value);
                String path = base + "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("&"));
                expect(op.key() + " ?" + name + "=" + abbreviated(value), send(call, op, path, null, ContentType.JSON),
                        400, name);
            }
            if (name.equals("page")) {
                // a whole number, but its row offset (page times size) is past what the database takes
                expect(op.key() + " ?page=" + Integer.MAX_VALUE, send(call, op, base + "?page=" + Integer.MAX_VALUE
                        + "&size=100", null, ContentType.JSON), 400, "page");
            }
        }
    }

    private static Map<String, String> requiredQuery(CaseCalls f, Operation op) {
        Map<String, String> query = new LinkedHashMap<>();
        String q = f.query(op.key());
        if (!q.isEmpty()) {
            for (String pair : q.substring(1).split("&")) {
                query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return query;
    }

    private static Map<String, String> replaced(CaseCalls f, String name, String value) {
        Map<String, String> values = new HashMap<>(f.pathValues());
        values.put(name, value);
        return values;
    }

    /** The valid body with one property ("name" or "parent.name") replaced or added. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Call call, String property, Object value) {
        Map<String, Object> body = new HashMap<>(call.body());
        int dot = property.indexOf('.');
        if (dot < 0) {
            body.put(property, value);
            return body;
        }
        String parent = property.substring(0, dot);
        Map<String, Object> inner = body.get(parent) instanceof Map<?, ?> m
                ? new HashMap<>((Map<String, Object>) m) : new HashMap<>();
        inner.put(property.substring(dot + 1), value);
        body.put(parent, inner);
        return body;
    }

    private Response send(Call call, Operation op, String path, Object body, ContentType type) {
        Response r = CaseCalls.send(call.user(), op.method(), path, body, type);
        byStatus.merge(r.statusCode(), 1, Integer::sum);
        return r;
    }

    /** Records a failure unless the answer has the expected status, is problem+json and names only {@code field}. */
    private void expect(String what, Response r, int expected, String field) {
        if (r.statusCode() != expected) {
            failures.add(what + ": " + r.statusCode() + " instead of " + expected + " " + abbreviated(r));
            return;
        }
        String type = r.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(what + ": content type " + type + " instead of application/problem+json");
            return;
        }
        if (field != null) {
            List<String> named = JsonPath.from(r.asString()).getList("errors.field");
            if (named == null || named.isEmpty() || !named.stream().allMatch(field::equals)) {
                failures.add(what + ": errors name " + named + " instead of " + field);
            }
        }
    }

    private static String abbreviated(Response r) {
        return abbreviated(r.asString());
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
