package org.carebridge.cases.walk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * The operations case-service documents under /api/cases (and /api/me/work, the caller's own items across their
 * cases), read from its own OpenAPI document at run time, so that the walks cover what the service really serves
 * rather than a list someone remembered to update.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** A path or query parameter; {@code uuid} when the document declares format uuid. */
    record Parameter(String name, String in, boolean uuid) {
    }

    /** A property of a JSON request body (top level, or "parent.child" one level down), with its JSON type. */
    record Property(String name, String type) {
    }

    /** One documented operation; {@code body} empty when it takes no JSON body. */
    record Operation(String method, String path, List<Parameter> parameters, List<Property> body,
                     List<String> required, boolean hasBody) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private OpenApiOperations() {
    }

    static List<Operation> underApiCases() {
        String json = given().queryParam("format", "json").when()
                .get(org.carebridge.stack.testing.CarebridgeStackResource.managementUrl() + "/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/cases") && !path.getKey().startsWith("/api/me/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(doc, op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode doc, String method, String path, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode schema = resolve(doc, p.path("schema"));
            parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    "uuid".equals(schema.path("format").asText())));
        }
        JsonNode bodySchema = op.path("requestBody").path("content").path("application/json").path("schema");
        boolean hasBody = !bodySchema.isMissingNode();
        JsonNode schema = hasBody ? resolve(doc, bodySchema) : bodySchema;
        Map<String, Property> properties = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode resolved = resolve(doc, property.getValue());
            properties.put(property.getKey(), new Property(property.getKey(), type(resolved)));
            // one level down as well (the youth of a case), named as the problem names them: youth.givenName
            for (Iterator<Map.Entry<String, JsonNode>> inner = resolved.path("properties").fields(); inner.hasNext(); ) {
                Map.Entry<String, JsonNode> child = inner.next();
                String name = property.getKey() + "." + child.getKey();
                properties.put(name, new Property(name, type(resolve(doc, child.getValue()))));
            }
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return new Operation(method, path, List.copyOf(parameters), List.copyOf(properties.values()),
                List.copyOf(required), hasBody);
    }

    /** Follows $ref (also the single $ref SmallRye wraps in allOf when a property carries its own description). */
    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                String name = current.get("$ref").asText().replace("#/components/schemas/", "");
                current = doc.path("components").path("schemas").path(name);
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        throw new IllegalStateException("$ref cycle at " + schema);
    }

    /** The JSON type; OpenAPI 3.1 may list it as ["string", "null"]. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("enum") ? "string" : "unknown";
    }
}
