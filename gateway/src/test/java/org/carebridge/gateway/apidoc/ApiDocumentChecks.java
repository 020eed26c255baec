package org.carebridge.gateway.apidoc;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.carebridge.gateway.proxy.ServiceRoutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every merged document must be: complete, every $ref resolving, loadable by swagger-parser and the validator. */
final class ApiDocumentChecks {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private ApiDocumentChecks() {
    }

    /**
     * Every operation of each source document on a path the gateway leads to that source is in {@code merged}, under
     * its id (or the id prefixed with the source's name) and with the same answers. Returns how many there were.
     */
    static int assertEveryOperationIn(JsonNode merged, Map<String, JsonNode> documents) {
        int operations = 0;
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            String source = document.getKey();
            for (Map.Entry<String, JsonNode> path : document.getValue().path("paths").properties()) {
                String answeredBy = ServiceRoutes.serviceOfPath(path.getKey());
                if (!Objects.equals(answeredBy, MergedDocument.GATEWAY.equals(source) ? null : source)) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (!METHODS.contains(operation.getKey())) {
                        continue;
                    }
                    String where = source + " " + operation.getKey() + " " + path.getKey();
                    JsonNode found = merged.path("paths").path(path.getKey()).path(operation.getKey());
                    assertTrue(found.isObject(), where + " is missing");
                    String id = operation.getValue().path("operationId").asText();
                    String mergedId = found.path("operationId").asText();
                    assertTrue(mergedId.equals(id) || mergedId.equals(ComponentNames.prefix(source) + id),
                            where + ": operation id " + mergedId);
                    assertEquals(names(operation.getValue().path("responses")), names(found.path("responses")), where);
                    operations++;
                }
            }
        }
        return operations;
    }

    static void assertValid(JsonNode merged) {
        List<String> refs = new ArrayList<>();
        collectRefs(merged, refs);
        assertTrue(refs.size() > 0);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertTrue(merged.at(ref.substring(1)).isObject(), "unresolved " + ref);
        }
        String text = merged.toString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(text, null, options);
        assertNotNull(parsed.getOpenAPI());
        assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages());
        assertNotNull(OpenApiInteractionValidator.createForInlineApiSpecification(text).build());
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
            refs.add(ref.asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }
}
