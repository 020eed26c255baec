package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Validates a resource against its schema: a custom resource against the openAPIV3Schema of its operator's CRD
 * (shared/k8s/crds), a core resource against Kubernetes' JSON schema as fabric8's kubernetes-model 6.x jars carry it
 * (schema/validation-schema.json). Both are read strictly, as {@code kubectl apply --validate=strict} does: a field
 * the schema does not know is an error, not something the API server would silently drop.
 */
final class Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** "apiVersion kind" -> schema. */
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    private Schemas() {
    }

    static Schemas load(Path crdDirectory) {
        Schemas loaded = new Schemas();
        loaded.loadKubernetes();
        loaded.loadCrds(crdDirectory);
        return loaded;
    }

    /** Errors of one resource, each prefixed with its kind and name; a kind without a schema is an error too. */
    List<String> validate(JsonNode resource) {
        String key = resource.path("apiVersion").asText() + " " + resource.path("kind").asText();
        JsonSchema schema = schemas.get(key);
        if (schema == null) {
            return List.of(Kustomize.id(resource) + ": no schema for " + key);
        }
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : schema.validate(resource)) {
            errors.add(Kustomize.id(resource) + ": " + message.getMessage());
        }
        Collections.sort(errors);
        return errors;
    }

    private void loadKubernetes() {
        try {
            for (URL url : Collections.list(getClass().getClassLoader().getResources("schema/validation-schema.json"))) {
                JsonNode document;
                try (InputStream in = url.openStream()) {
                    document = JSON.readTree(in);
                }
                ObjectNode definitions = (ObjectNode) document.get("definitions");
                fabric8ToJsonSchema(definitions);
                definitions.fields().forEachRemaining(definition -> {
                    JsonNode properties = definition.getValue().path("properties");
                    String apiVersion = properties.path("apiVersion").path("default").asText("");
                    String kind = properties.path("kind").path("default").asText("");
                    if (!apiVersion.isEmpty() && !kind.isEmpty()) {
                        ObjectNode root = JsonNodeFactory.instance.objectNode();
                        root.set("definitions", definitions);
                        root.put("$ref", "#/definitions/" + definition.getKey());
                        schemas.putIfAbsent(apiVersion + " " + kind, FACTORY.getSchema(root));
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * fabric8's schema is written for its code generator: quantities and int-or-strings are objects there but plain
     * strings or numbers in YAML; "required": true (draft 3) is no JSON-schema keyword; and every object allows
     * additional properties, which would let a misspelt field through.
     */
    private static void fabric8ToJsonSchema(ObjectNode definitions) {
        List<String> scalars = new ArrayList<>();
        definitions.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("_Quantity") || name.endsWith("_IntOrString")) {
                scalars.add(name);
            }
        });
        for (String name : scalars) {
            ObjectNode scalar = JsonNodeFactory.instance.objectNode();
            scalar.set("type", JsonNodeFactory.instance.arrayNode().add("string").add("integer").add("number"));
            definitions.set(name, scalar);
        }
        definitions.forEach(definition -> walk(definition, node -> {
            if (node.has("required") && !node.get("required").isArray()) {
                node.remove("required");
            }
            if (node.has("properties") && node.path("properties").isObject()
                    && node.path("additionalProperties").isBoolean()) {
                node.put("additionalProperties", false);
            }
        }));
    }

    private void loadCrds(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the operators' CRDs are not at " + directory
                    + " (deploy/kubernetes/crds, a copy of ../shared/k8s/crds; or set -Dcarebridge.k8s.crds)");
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode crd : Kustomize.read(file)) {
                    String group = crd.path("spec").path("group").asText();
                    String kind = crd.path("spec").path("names").path("kind").asText();
                    for (JsonNode version : crd.path("spec").path("versions")) {
                        ObjectNode schema = ((ObjectNode) version.path("schema").path("openAPIV3Schema")).deepCopy();
                        openApiToJsonSchema(schema);
                        schemas.put(group + "/" + version.path("name").asText() + " " + kind,
                                FACTORY.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CRD's structural schema: an object with properties and no x-kubernetes-preserve-unknown-fields takes no other
     * field (the API server prunes one, kubectl's strict validation refuses it). The CEL rules
     * (x-kubernetes-validations) are not evaluated here.
     */
    private static void openApiToJsonSchema(ObjectNode schema) {
        walk(schema, node -> {
            if (node.has("properties") && node.path("properties").isObject() && !node.has("additionalProperties")
                    && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                ObjectNode properties = (ObjectNode) node.get("properties");
                // every resource may carry these, whether or not the CRD lists them
                if (properties.has("spec") || properties.has("kind")) {
                    for (String common : List.of("apiVersion", "kind", "metadata")) {
                        if (!properties.has(common)) {
                            properties.putObject(common);
                        }
                    }
                }
                node.put("additionalProperties", false);
            }
        });
    }

    /** Calls the action on the given schema and every schema nested in it (not on maps of property names). */
    private static void walk(JsonNode schema, Consumer<ObjectNode> action) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        action.accept(object);
        for (String map : List.of("properties", "definitions", "patternProperties")) {
            object.path(map).forEach(nested -> walk(nested, action));
        }
        for (String single : List.of("items", "additionalProperties", "not")) {
            walk(object.get(single), action);
        }
        for (String list : List.of("anyOf", "oneOf", "allOf")) {
            object.path(list).forEach(nested -> walk(nested, action));
        }
    }
}
