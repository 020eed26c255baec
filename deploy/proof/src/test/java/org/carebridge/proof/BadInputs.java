package org.carebridge.proof;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.carebridge.proof.ApiDocument.Endpoint;
import org.carebridge.proof.ApiDocument.Param;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generates bad requests for one operation from its OpenAPI description, each the operation's valid request with
 * one thing wrong: the body (malformed, invalid UTF-8, wrong content type, empty, each property of the wrong type,
 * huge, out of range, an unknown enum value or field), each path parameter (junk, traversal, invalid UTF-8, huge)
 * and each query parameter (junk by type, huge and negative paging). A seeded random part adds more of the same
 * kinds with random values, so a run is repeatable and its size is chosen.
 */
final class BadInputs {

    /** One request; {@code field} is what a 400 must name (null: any), {@code surelyBad}: a 2xx is a finding. */
    record Probe(Endpoint endpoint, String kind, String pathAndQuery, String contentType, byte[] body, String field,
                 boolean surelyBad) {
    }

    private static final String MARK = "@@invalid-utf8@@";
    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED,
            (byte) 0xA0, (byte) 0x80};
    private static final String HUGE = "x".repeat(100_000);
    /** Query parameters whose any well-formed value is fine: a search, a name (an unknown owner filters to nothing). */
    private static final Set<String> FREE_TEXT_QUERY = Set.of("q", "actor", "objectType", "objectId", "search", "text",
            "region", "owner");
    static final List<String> JUNK_IDS = List.of("not-a-uuid", "..%2F..%2F..%2Fetc%2Fpasswd", "..", "%2e%2e%2f%2e%2e",
            "%00", "%FF%FE%C3%28", "1%20OR%201%3D1", "-1", "99999999999999999999999", "%3Cscript%3E",
            "x".repeat(3_000), "00000000-0000-0000-0000-000000000000");

    private static final Set<String> NORMALISED = Set.of("..", "%2e%2e%2f%2e%2e");

    private final Endpoint endpoint;
    private final ApiDocument doc;
    private final World world;
    private final Samples samples;
    private final String path;
    private final String query;

    BadInputs(Endpoint endpoint, ApiDocument doc, World world, String query) {
        this.endpoint = endpoint;
        this.doc = doc;
        this.world = world;
        this.samples = new Samples(doc, world);
        this.path = world.path(endpoint);
        this.query = query;
    }

    /** The catalogue of bad requests every operation gets. */
    List<Probe> fixed() {
        List<Probe> probes = new ArrayList<>();
        if (endpoint.hasJsonBody()) {
            jsonBody(probes);
        } else if (!endpoint.consumes().isEmpty()) {
            otherBody(probes);
        }
        for (String parameter : World.parameters(World.template(endpoint))) {
            for (String junk : JUNK_IDS) {
                // ".." is the parent resource once the server normalises the path: answered, and rightly
                probes.add(new Probe(endpoint, "path " + parameter, withPath(parameter, junk) + withQuery(Map.of()),
                        jsonType(), validBody(), null, !NORMALISED.contains(junk) && !fits(parameter, junk)));
            }
        }
        for (Param p : endpoint.in("query")) {
            for (String junk : queryJunk(p)) {
                probes.add(new Probe(endpoint, "query " + p.name(), path + withQuery(Map.of(p.name(), junk)),
                        jsonType(), validBody(), p.name(), !FREE_TEXT_QUERY.contains(p.name())));
            }
        }
        return probes;
    }

    /** {@code count} more of the same kinds, with values drawn from {@code random}. */
    List<Probe> random(Random random, int count) {
        List<Probe> probes = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> properties = endpoint.hasJsonBody() ? properties() : List.of();
        for (int i = 0; i < count; i++) {
            int choice = random.nextInt(4);
            if (choice == 0 && !properties.isEmpty()) {
                Map.Entry<String, JsonNode> p = properties.get(random.nextInt(properties.size()));
                Object junk = Junk.value(random);
                probes.add(body("random " + p.getKey(), with(p.getKey(), junk), p.getKey(),
                        Junk.surelyWrongFor(junk, doc.resolve(p.getValue()))));
            } else if (choice == 1 && !World.parameters(World.template(endpoint)).isEmpty()) {
                List<String> params = World.parameters(World.template(endpoint));
                String p = params.get(random.nextInt(params.size()));
                String junk = Junk.pathSegment(random);
                probes.add(new Probe(endpoint, "random path " + p, withPath(p, junk) + withQuery(Map.of()),
                        jsonType(), validBody(), null, !fits(p, junk)));
            } else if (choice == 2 && !endpoint.in("query").isEmpty()) {
                List<Param> params = endpoint.in("query");
                Param p = params.get(random.nextInt(params.size()));
                String junk = Junk.queryValue(random);
                probes.add(new Probe(endpoint, "random query " + p.name(), path + withQuery(Map.of(p.name(), junk)),
                        jsonType(), validBody(), p.name(), false));
            } else if (endpoint.hasJsonBody() || !endpoint.consumes().isEmpty()) {
                probes.add(new Probe(endpoint, "random bytes", path + withQuery(Map.of()),
                        endpoint.hasJsonBody() ? "application/json" : endpoint.consumes().get(0),
                        Junk.bytes(random), null, endpoint.hasJsonBody()));
            } else {
                probes.add(new Probe(endpoint, "random path suffix", path + "/" + Junk.pathSegment(random)
                        + withQuery(Map.of()), null, null, null, true));
            }
        }
        return probes;
    }

    private void jsonBody(List<Probe> probes) {
        for (String broken : List.of("{\"broken\": ", "{'single': 'quotes'}", "}{", "[", "}", "{\"a\" 1}",
                "nul", "{\"a\":NaN}", "\u0000", "[".repeat(100_000))) {
            probes.add(raw("malformed JSON", broken.getBytes(StandardCharsets.UTF_8), "application/json", "body"));
        }
        for (String notAnObject : List.of("", "null", "[]", "123", "\"text\"", "true")) {
            probes.add(raw("not an object", notAnObject.getBytes(StandardCharsets.UTF_8), "application/json", null));
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream")) {
            probes.add(raw("content type " + type, json(samples.body(endpoint)), type, null));
        }
        // JSON without a content type is read as JSON: lenient, not harmful
        probes.add(new Probe(endpoint, "no content type", path + withQuery(Map.of()), null, json(samples.body(endpoint)),
                null, false));
        List<String> required = new ArrayList<>();
        endpoint.body().path("required").forEach(r -> required.add(r.asText()));
        probes.add(raw("empty object", "{}".getBytes(StandardCharsets.UTF_8), "application/json",
                required.isEmpty() ? null : String.join(",", required)));
        probes.add(body("unknown field", with("unexpectedField", "x"), "unexpectedField", true));
        probes.addAll(JsonStructure.probes(endpoint, path + withQuery(Map.of()), asMap(samples.body(endpoint)),
                properties(), doc, samples));
        for (Map.Entry<String, JsonNode> p : properties()) {
            String name = p.getKey();
            JsonNode schema = doc.resolve(p.getValue());
            String type = Samples.type(schema);
            probes.add(body("wrong type " + name, with(name, type.equals("object") ? List.of(1) : Map.of("x", 1)),
                    name, true));
            probes.add(body("wrong type " + name, with(name, type.equals("array") ? "text" : List.of(List.of())),
                    name, true));
            probes.add(body("null " + name, with(name, null), name, required.contains(name)));
            probes.add(invalidUtf8(name));
            switch (type) {
                case "string" -> stringProbes(probes, name, schema);
                case "integer", "number" -> {
                    for (Object n : List.of(-1, -2147483649L, new java.math.BigInteger("99999999999999999999999999"),
                            1.5, 1e308, "abc")) {
                        // Jackson reads 1.5 as 1 for a whole number: coerced, not harmful
                        boolean bad = n instanceof String || outside(schema, n);
                        probes.add(body("number " + name, with(name, n), name, bad));
                    }
                }
                case "array" -> {
                    List<Object> huge = new ArrayList<>(Collections.nCopies(10_000,
                            samples.value(schema.path("items"), name + "[]")));
                    // 10,000 copies of one value make a set of one: only a list may be too long
                    probes.add(body("huge array " + name, with(name, huge), name, schema.has("maxItems")
                            && !schema.path("uniqueItems").asBoolean(false)));
                    probes.add(body("array of junk " + name, with(name, List.of(Map.of("x", 1), List.of())), name,
                            true));
                    probes.add(body("array of nulls " + name, with(name, Collections.nCopies(3, null)), name, true));
                }
                case "object" -> {
                    for (Map.Entry<String, JsonNode> inner : iterable(schema.path("properties"))) {
                        Map<String, Object> nested = new LinkedHashMap<>(asMap(samples.value(schema, name)));
                        nested.put(inner.getKey(), Map.of("x", 1));
                        probes.add(body("wrong type " + name + "." + inner.getKey(), with(name, nested),
                                name + "." + inner.getKey(), true));
                        if (Samples.type(doc.resolve(inner.getValue())).equals("string")) {
                            nested.put(inner.getKey(), HUGE);
                            probes.add(body("huge " + name + "." + inner.getKey(), with(name, nested),
                                    name + "." + inner.getKey(), doc.resolve(inner.getValue()).has("maxLength")));
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private void stringProbes(List<Probe> probes, String name, JsonNode schema) {
        probes.add(body("huge " + name, with(name, HUGE), name, schema.has("maxLength") || schema.has("format")
                || schema.has("enum") || schema.has("pattern")));
        probes.add(body("control characters " + name, with(name, "a\u0000b\u001b[31m\u202e"), name,
                schema.has("enum") || schema.has("format") || schema.has("pattern")));
        if (schema.has("enum")) {
            probes.add(body("unknown enum " + name, with(name, "NO_SUCH_VALUE"), name, true));
            probes.add(body("lower-case enum " + name, with(name, schema.get("enum").get(0).asText().toLowerCase()),
                    name, true));
        }
        String format = schema.path("format").asText("");
        if (format.startsWith("date")) {
            for (String date : List.of("2026-13-45", "yesterday", "", "31/12/2026", "+999999999-12-31")) {
                probes.add(body("bad date " + name, with(name, date), name, true));
            }
        }
        if (format.equals("uuid")) {
            probes.add(body("bad uuid " + name, with(name, "not-a-uuid"), name, true));
            probes.add(body("unknown uuid " + name, with(name, UUID.randomUUID().toString()), name, true));
        }
    }

    /** Not JSON (the catalogue's CSV import, the relay's bytes): an import validates in the background, so a 202 is fine. */
    private void otherBody(List<Probe> probes) {
        String type = endpoint.consumes().get(0);
        probes.add(raw("junk " + type, "\"a\",\"b\nc,,,,\r\n\u0000".getBytes(StandardCharsets.UTF_8), type, null));
        probes.add(raw("invalid UTF-8 " + type, INVALID_UTF8, type, null));
        probes.add(raw("empty " + type, new byte[0], type, null));
        probes.add(raw("huge " + type, ("a,b,c\n" + HUGE + "\n").repeat(30).getBytes(StandardCharsets.UTF_8), type,
                null));
        probes.add(raw("content type application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                "application/json", null));
    }

    private List<String> queryJunk(Param p) {
        JsonNode schema = doc.resolve(p.schema());
        List<String> junk = new ArrayList<>(List.of("%FF%FE", "y".repeat(2_000), "%00", "..%2F..%2F"));
        if (Set.of("page", "size").contains(p.name()) || Set.of("integer", "number").contains(Samples.type(schema))) {
            junk.addAll(List.of("abc", "-1", "99999999999999999999", "1e3", "2147483647", "-2147483648", "0x10"));
        } else if (!FREE_TEXT_QUERY.contains(p.name())) {
            junk.addAll(List.of("NO_SUCH_VALUE", "2026-Q9", "2026-13"));
        }
        return junk;
    }

    private Probe invalidUtf8(String name) {
        byte[] body = json(with(name, MARK));
        return raw("invalid UTF-8 " + name, replace(body, MARK.getBytes(StandardCharsets.UTF_8), INVALID_UTF8),
                "application/json", null);
    }

    private Probe body(String kind, Object body, String field, boolean surelyBad) {
        return new Probe(endpoint, kind, path + withQuery(Map.of()), "application/json", json(body), field, surelyBad);
    }

    private Probe raw(String kind, byte[] body, String type, String field) {
        return new Probe(endpoint, kind, path + withQuery(Map.of()), type, body, field, endpoint.hasJsonBody());
    }

    private List<Map.Entry<String, JsonNode>> properties() {
        return iterable(endpoint.body().path("properties"));
    }

    private Map<String, Object> with(String property, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(asMap(samples.body(endpoint)));
        body.put(property, value);
        return body;
    }

    private byte[] validBody() {
        return endpoint.hasJsonBody() ? json(samples.body(endpoint)) : null;
    }

    private String jsonType() {
        return endpoint.hasJsonBody() ? "application/json" : null;
    }

    /** The operation's path with the north's objects, but {@code value} for {@code parameter}. */
    private String withPath(String parameter, String value) {
        String template = World.template(endpoint);
        String before = template.substring(0, template.indexOf("{" + parameter + "}") - 1);
        Map<String, String> values = new LinkedHashMap<>(world.ids);
        values.put(before.substring(before.lastIndexOf('/') + 1), value);
        return World.fill(template, values);
    }

    private String withQuery(Map<String, String> changed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        values.putAll(changed);
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.isEmpty() ? "?" : "&").append(k).append('=').append(v));
        return out.toString();
    }

    /**
     * Junk never fits an id (format uuid); a code (a region, a username) may take it: "-1" is a region code like
     * any, so there only the answer's shape counts, unless the document gives the code's pattern.
     */
    private boolean fits(String parameter, String value) {
        JsonNode schema = endpoint.in("path").stream().filter(p -> p.name().equals(parameter)).findFirst()
                .map(p -> doc.resolve(p.schema())).orElse(null);
        if (schema == null || schema.path("format").asText("").equals("uuid")) {
            return false;
        }
        return !schema.has("pattern") || Samples.matches(value, schema.get("pattern").asText());
    }

    private static boolean outside(JsonNode schema, Object n) {
        double value = n instanceof Number number ? number.doubleValue() : 0;
        return schema.has("minimum") && value < schema.get("minimum").asDouble()
                || schema.has("maximum") && value > schema.get("maximum").asDouble();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static byte[] json(Object value) {
        try {
            return HttpCalls.JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] replace(byte[] in, byte[] what, byte[] with) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        return text.replace(new String(what, StandardCharsets.ISO_8859_1), new String(with, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        object.fields().forEachRemaining(entries::add);
        return entries;
    }
}
