package org.carebridge.gateway.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.gateway.proxy.ServiceRoutes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The public API in one OpenAPI document: the gateway's own operations and every service's, at the paths the public
 * calls (the gateway relays {@code /api/cases/...} unchanged, so a service's paths are already the public ones). A
 * path is taken from the document of whoever answers it through the gateway ({@link ServiceRoutes}): the gateway's
 * own entry for {@code /api/me/work}, which it relays, gives way to case-service's. Components whose names collide
 * are prefixed ({@link ComponentNames}); an operation id two documents share is prefixed the same way.
 */
final class MergedDocument {

    static final String GATEWAY = "gateway";
    /** Each source that did not answer, with why: the document lacks its operations. */
    static final String MISSING = "x-carebridge-missing";

    private MergedDocument() {
    }

    /** {@code documents}: source name (gateway, case-service, ...) to its document, in the order to list them. */
    static ObjectNode merge(Map<String, JsonNode> documents, Map<String, String> missing) {
        ComponentNames names = ComponentNames.of(documents);
        Set<String> sharedIds = sharedOperationIds(documents);
        JsonNode gateway = documents.getOrDefault(GATEWAY, MissingNode.getInstance());
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.put("openapi", gateway.path("openapi").asText("3.0.3"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Carebridge API");
        info.put("version", gateway.path("info").path("version").asText("unknown"));
        info.put("description", description(documents.keySet(), missing));
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        documents.forEach((source, document) -> {
            JsonNode rewritten = names.rewrite(source, document);
            String answeredBy = GATEWAY.equals(source) ? null : source;
            rewritten.path("paths").properties().forEach(path -> {
                if (Objects.equals(ServiceRoutes.serviceOfPath(path.getKey()), answeredBy)) {
                    paths.set(path.getKey(), prefixShared(source, path.getValue(), sharedIds));
                }
            });
            rewritten.path("components").properties().forEach(kind -> kind.getValue().properties().forEach(
                    component -> components.withObjectProperty(kind.getKey()).set(
                            names.name(source, kind.getKey(), component.getKey()), component.getValue())));
            rewritten.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        });
        if (!missing.isEmpty()) {
            ObjectNode absent = merged.putObject(MISSING);
            missing.forEach(absent::put);
        }
        return merged;
    }

    private static String description(Set<String> sources, Map<String, String> missing) {
        StringBuilder text = new StringBuilder("The public API as the gateway serves it, merged from the documents of ")
                .append(String.join(", ", sources)).append(". A schema whose name means different things in two "
                        + "services carries the service's name as a prefix (CaseService_EscalationView).");
        missing.forEach((source, why) -> text.append("\n\n**Incomplete: ").append(source).append(" did not answer (")
                .append(why).append("); its operations are missing. Reload in a moment.**"));
        return text.toString();
    }

    private static Set<String> sharedOperationIds(Map<String, JsonNode> documents) {
        Map<String, String> firstSeen = new HashMap<>();
        Set<String> shared = new HashSet<>();
        documents.forEach((source, document) -> document.path("paths").forEach(item -> item.forEach(operation -> {
            String id = operation.path("operationId").asText(null);
            String first = id == null ? null : firstSeen.putIfAbsent(id, source);
            if (first != null && !first.equals(source)) {
                shared.add(id);
            }
        })));
        return shared;
    }

    private static JsonNode prefixShared(String source, JsonNode item, Set<String> sharedIds) {
        item.forEach(operation -> {
            if (operation instanceof ObjectNode object && sharedIds.contains(object.path("operationId").asText())) {
                object.put("operationId", ComponentNames.prefix(source) + object.path("operationId").asText());
            }
        });
        return item;
    }
}
