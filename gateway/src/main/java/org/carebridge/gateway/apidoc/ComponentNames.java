package org.carebridge.gateway.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The components of several OpenAPI documents under one roof. A name that means the same in every document that has
 * it stays as it is (Problem, the security scheme); a name whose content differs between two documents
 * (EscalationView in case- and network-service) is prefixed per document in all of them ({@code
 * CaseService_EscalationView}), and every {@code $ref} to it, and every security requirement naming a renamed scheme,
 * is rewritten. Renaming can make two components differ that were equal before (both referred to a renamed one), so
 * collisions are looked for again until no new one turns up.
 */
final class ComponentNames {

    private static final String REF = "#/components/";

    /** "kind/name", e.g. "schemas/EscalationView", of each component whose content differs between documents. */
    private final Set<String> colliding = new HashSet<>();

    private ComponentNames() {
    }

    /** The names in {@code documents} (source name to document) that collide. */
    static ComponentNames of(Map<String, JsonNode> documents) {
        ComponentNames names = new ComponentNames();
        boolean grew = true;
        while (grew) {
            Map<String, Set<JsonNode>> variants = new HashMap<>();
            documents.forEach((source, document) -> document.path("components").properties().forEach(kind ->
                    kind.getValue().properties().forEach(component -> variants
                            .computeIfAbsent(kind.getKey() + "/" + component.getKey(), key -> new HashSet<>())
                            .add(names.rewrite(source, component.getValue())))));
            grew = false;
            for (Map.Entry<String, Set<JsonNode>> variant : variants.entrySet()) {
                grew |= variant.getValue().size() > 1 && names.colliding.add(variant.getKey());
            }
        }
        return names;
    }

    /** The name component {@code name} of kind {@code kind} (e.g. "schemas") of {@code source} has in the merged one. */
    String name(String source, String kind, String name) {
        return colliding.contains(kind + "/" + name) ? prefix(source) + name : name;
    }

    /** Whether this component of {@code source} had to be renamed. */
    boolean renamed(String kind, String name) {
        return colliding.contains(kind + "/" + name);
    }

    /** A copy of {@code node} (a document of {@code source} or a part of it) with its references to renamed ones rewritten. */
    JsonNode rewrite(String source, JsonNode node) {
        JsonNode copy = node.deepCopy();
        rewriteInPlace(source, copy);
        return copy;
    }

    private void rewriteInPlace(String source, JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(REF)) {
                String[] target = ref.asText().substring(REF.length()).split("/", 2);
                if (target.length == 2) {
                    object.put("$ref", REF + target[0] + "/" + name(source, target[0], target[1]));
                }
            }
            JsonNode security = object.get("security");
            if (security != null && security.isArray()) {
                security.forEach(requirement -> renameSchemes(source, requirement));
            }
        }
        node.forEach(child -> rewriteInPlace(source, child));
    }

    /** A security requirement names its schemes by key, not by $ref. */
    private void renameSchemes(String source, JsonNode requirement) {
        if (!(requirement instanceof ObjectNode object)) {
            return;
        }
        List<String> schemes = new ArrayList<>();
        object.fieldNames().forEachRemaining(schemes::add);
        for (String scheme : schemes) {
            if (renamed("securitySchemes", scheme)) {
                object.set(name(source, "securitySchemes", scheme), object.remove(scheme));
            }
        }
    }

    /** "case-service" gives "CaseService_": a name OpenAPI allows and a generated client can use as a class name. */
    static String prefix(String source) {
        StringBuilder prefix = new StringBuilder();
        for (String part : source.split("-")) {
            if (!part.isEmpty()) {
                prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return prefix.append('_').toString();
    }
}
