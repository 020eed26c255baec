package org.carebridge.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The API operations one running service documents at {@code /q/openapi}, read at test time so that the proofs
 * cover what the service really serves: a new endpoint is in the matrix and the campaign the moment it exists.
 */
record ApiDocument(String service, JsonNode doc, List<Endpoint> endpoints) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** A path or query parameter with its (resolved) schema. */
    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /**
     * One documented operation of {@code service}; {@code body} is the resolved JSON body schema or a missing
     * node, {@code consumes} the media types the document lists for the body.
     */
    record Endpoint(String service, String method, String path, List<Param> params, JsonNode body,
                    List<String> consumes, List<String> produces) {

        /** "service METHOD /path/{template}": the name a rule is found under. */
        String key() {
            return service + " " + method + " " + path;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasJsonBody() {
            return consumes.stream().anyMatch(c -> c.contains("json"));
        }

        boolean streams() {
            return produces.contains("text/event-stream");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    static ApiDocument read(String service, String baseUrl) {
        HttpCalls.Answer answer = HttpCalls.get(baseUrl + "/q/openapi?format=json");
        if (answer.status() != 200) {
            throw new IllegalStateException(service + " serves no OpenAPI document: " + answer.status());
        }
        JsonNode doc = HttpCalls.json(answer.text());
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    endpoints.add(endpoint(doc, service, op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            path.getValue(), op.getValue()));
                }
            }
        }
        return new ApiDocument(service, doc, List.copyOf(endpoints));
    }

    private static Endpoint endpoint(JsonNode doc, String service, String method, String path, JsonNode pathItem,
                                     JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = resolve(doc, p);
                params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                        resolve(doc, param.path("schema")), param.path("required").asBoolean(false)));
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        List<String> consumes = new ArrayList<>();
        content.fieldNames().forEachRemaining(consumes::add);
        JsonNode body = MissingNode.getInstance();
        for (String type : consumes) {
            if (type.contains("json")) {
                body = resolve(doc, content.path(type).path("schema"));
            }
        }
        List<String> produces = new ArrayList<>();
        for (JsonNode response : op.path("responses")) {
            resolve(doc, response).path("content").fieldNames().forEachRemaining(produces::add);
        }
        return new Endpoint(service, method, path, List.copyOf(params), body, List.copyOf(consumes),
                List.copyOf(produces));
    }

    /** Follows a local {@code $ref} (and an allOf of one) to the schema it names. */
    static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = doc.at(ref.substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    JsonNode resolve(JsonNode node) {
        return resolve(doc, node);
    }
}
