package org.carebridge.proof;

import com.fasterxml.jackson.databind.JsonNode;
import org.carebridge.proof.ApiDocument.Endpoint;
import org.carebridge.proof.BadInputs.Probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad JSON structure around an operation's valid body: a repeated key, a repeated entry in a list (a member twice),
 * nesting 10,000 deep, the wrong top-level type, a UTF-8 byte order mark, data after the value, a lone UTF-16
 * surrogate escaped in a string. Each kind is its own class in the campaign's figures ({@link #CLASSES}).
 * Where a lenient parser may read the request as the valid one (BOM, repeated key, trailing data, a repeated
 * entry), only the campaign's rule holds: never 5xx, a 4xx is problem+json; the others are surely bad.
 */
final class JsonStructure {
    static final List<String> CLASSES = List.of("repeated key", "repeated entry", "deep nesting", "top-level type",
            "BOM", "trailing data", "lone surrogate");
    private static final int DEPTH = 10_000;
    private static final String MARK = "@@lone-surrogate@@";

    private JsonStructure() {
    }

    /** The class of a probe kind, or null for the older kinds. */
    static String classOf(String kind) {
        return CLASSES.stream().filter(c -> kind.startsWith("json " + c)).findFirst().orElse(null);
    }

    static List<Probe> probes(Endpoint endpoint, String path, Map<String, Object> valid,
                              List<Map.Entry<String, JsonNode>> properties, ApiDocument doc, Samples samples) {
        List<Probe> probes = new ArrayList<>();
        String json = new String(BadInputs.json(valid), StandardCharsets.UTF_8);
        String key = valid.isEmpty() ? "unexpectedField" : valid.keySet().iterator().next();
        Object again = valid.isEmpty() ? "x" : valid.get(key);
        probes.add(probe(endpoint, path, "repeated key " + key, insert(json, key, again), null, false));
        probes.add(probe(endpoint, path, "deep nesting arrays", "{\"" + key + "\":" + "[".repeat(DEPTH)
                + "]".repeat(DEPTH) + "}", null, true));
        probes.add(probe(endpoint, path, "deep nesting objects", "{\"" + key + "\":" + "{\"a\":".repeat(DEPTH)
                + "1" + "}".repeat(DEPTH) + "}", null, true));
        probes.add(probe(endpoint, path, "top-level type array of the body", "[" + json + "]", null, true));
        probes.add(probe(endpoint, path, "top-level type body as a string", quoted(json), null, true));
        probes.add(probe(endpoint, path, "top-level type number", "1" + "0".repeat(400), null, true));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        probes.add(new Probe(endpoint, "json BOM", path, "application/json", bom.toByteArray(), null, false));
        for (String trailing : List.of("{\"x\":1}", "]", "garbage", ",{}", "\u0000")) {
            probes.add(probe(endpoint, path, "trailing data " + trailing.replace("\u0000", "NUL"), json + trailing,
                    null, false));
        }
        for (Map.Entry<String, JsonNode> p : properties) {
            JsonNode schema = doc.resolve(p.getValue());
            String type = Samples.type(schema);
            if (type.equals("string") && !schema.has("enum") && !schema.has("format")) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(p.getKey(), "a" + MARK + "b");
                String text = new String(BadInputs.json(body), StandardCharsets.UTF_8).replace(MARK, "\\ud800");
                probes.add(probe(endpoint, path, "lone surrogate " + p.getKey(), text, p.getKey(), true));
            } else if (type.equals("array") && valid.get(p.getKey()) instanceof List<?> list && !list.isEmpty()) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(p.getKey(), List.of(list.get(0), list.get(0)));
                probes.add(new Probe(endpoint, "json repeated entry " + p.getKey(), path, "application/json",
                        BadInputs.json(body), null, false));
            } else if (type.equals("array")) {
                Object item = samples.value(schema.path("items"), p.getKey() + "[]");
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(p.getKey(), List.of(item, item));
                probes.add(new Probe(endpoint, "json repeated entry " + p.getKey(), path, "application/json",
                        BadInputs.json(body), null, false));
            }
        }
        return probes;
    }

    private static Probe probe(Endpoint endpoint, String path, String kind, String body, String field,
                               boolean surelyBad) {
        return new Probe(endpoint, "json " + kind, path, "application/json", body.getBytes(StandardCharsets.UTF_8),
                field, surelyBad);
    }

    /** The valid body with {@code key} written a second time at its end. */
    private static String insert(String json, String key, Object value) {
        String member = "\"" + key + "\":" + new String(BadInputs.json(value), StandardCharsets.UTF_8);
        int end = json.lastIndexOf('}');
        return json.substring(0, end) + (json.substring(0, end).trim().endsWith("{") ? "" : ",") + member + "}";
    }

    private static String quoted(String json) {
        return new String(BadInputs.json(json), StandardCharsets.UTF_8);
    }
}
