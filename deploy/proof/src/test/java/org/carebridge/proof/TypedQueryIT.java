package org.carebridge.proof;

import com.fasterxml.jackson.databind.JsonNode;
import org.carebridge.proof.AccessRules.Rule;
import org.carebridge.proof.ApiDocument.Endpoint;
import org.carebridge.proof.ApiDocument.Param;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents' typed query parameters say what the services parse (platform-web QueryParams, PageRequest and the
 * services' own readers): every value a document allows for an enum, boolean or bounded integer is accepted, read by
 * the caller the access rules allow (200, and the request itself checked against the document by ProofContractIT).
 * The other half, a value outside refused with a 400 naming the parameter, is the campaign's (BadInputs).
 */
class TypedQueryIT {

    @Test
    void everyValueTheDocumentsAllowIsAccepted() {
        ProofSystem proof = ProofSystem.get();
        World world = World.create(proof.system);
        List<String> failures = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : proof.endpoints()) {
            if (!endpoint.method().equals("GET") || endpoint.streams()) {
                continue;
            }
            Rule rule = AccessRules.of(endpoint).orElseThrow();
            for (Param parameter : endpoint.in("query")) {
                List<String> values = allowed(proof.documents.get(endpoint.service()).resolve(parameter.schema()));
                if (values.isEmpty()) {
                    continue;
                }
                typed.add(endpoint.key() + " " + parameter.name());
                for (String value : values) {
                    String url = proof.url(endpoint.service()) + world.path(endpoint) + "?"
                            + query(rule.query(), parameter.name(), value);
                    HttpCalls.Answer answer = HttpCalls.sendRightJson("GET", url,
                            World.token(rule.access().caller.username), null);
                    sent++;
                    if (answer.status() != 200) {
                        failures.add(endpoint.key() + " " + parameter.name() + "=" + value + ": " + answer.status()
                                + " " + HttpCalls.abbreviated(answer.text()));
                    }
                }
            }
        }
        System.out.printf("TypedQueryIT: %d typed query parameters, %d documented values sent, %d refused%n",
                typed.size(), sent, failures.size());
        assertEquals(List.of(), AccessMatrixIT.abbreviated(failures));
        assertTrue(typed.stream().filter(t -> !t.endsWith(" page") && !t.endsWith(" size")).count() >= 25,
                "too few typed parameters besides paging to be the real documents: " + typed);
    }

    /**
     * A client generated from the documents learns from each query parameter what it may send: an enum, a boolean,
     * a bounded integer, a UUID, a pattern or at least a length. A bare {@code string} says nothing (it was so for
     * ageBand, quarter, owner, lang, region and every q before).
     */
    @Test
    void everyQueryParameterIsTypedOrBounded() {
        ProofSystem proof = ProofSystem.get();
        List<String> bare = new ArrayList<>();
        int parameters = 0;
        for (Endpoint endpoint : proof.endpoints()) {
            for (Param parameter : endpoint.in("query")) {
                parameters++;
                if (!bounded(proof.documents.get(endpoint.service()).resolve(parameter.schema()))) {
                    bare.add(endpoint.key() + " " + parameter.name());
                }
            }
        }
        System.out.printf("TypedQueryIT: %d query parameters, %d without a type or bound%n", parameters, bare.size());
        assertEquals(List.of(), bare);
        assertTrue(parameters >= 40, "too few query parameters to be the real documents: " + parameters);
    }

    static boolean bounded(JsonNode schema) {
        String type = schema.path("type").asText();
        return !allowed(schema).isEmpty() || schema.has("pattern") || schema.has("maxLength")
                || "uuid".equals(schema.path("format").asText())
                || ("integer".equals(type) && schema.has("minimum"));
    }

    /** The values a schema allows and names: an enum's, a boolean's two, an integer's bounds; none for free text. */
    static List<String> allowed(JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (schema.has("enum")) {
            schema.get("enum").forEach(v -> values.add(v.asText()));
        } else if ("boolean".equals(schema.path("type").asText())) {
            values.addAll(List.of("true", "false"));
        } else if ("integer".equals(schema.path("type").asText()) && schema.has("minimum") && schema.has("maximum")) {
            values.addAll(List.of(schema.get("minimum").asText(), schema.get("maximum").asText()));
        }
        return values;
    }

    /** The rule's own query (a required parameter) with {@code name} set to {@code value}. */
    private static String query(String ruleQuery, String name, String value) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : ruleQuery.isEmpty() ? new String[0] : ruleQuery.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        query.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
        return query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
