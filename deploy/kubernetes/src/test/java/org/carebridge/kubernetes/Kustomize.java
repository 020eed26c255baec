package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset our manifests use: resources (files
 * and directories), namespace, patches (strategic merge, by the patch's kind and name or for every resource a target
 * selects), images and replicas. A key outside that subset is refused, so a manifest never relies on a feature this
 * renderer would silently skip.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "resources", "namespace", "patches", "images",
            "replicas");
    /** Kinds that have no namespace: the namespace transformer leaves them alone. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition");
    /** Strategic merge keys of the lists our patches touch; other lists are replaced whole, as kustomize does. */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name",
            "env", "name", "volumes", "name", "volumeMounts", "mountPath", "ports", "containerPort");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path directory) {
        JsonNode kustomization = read(directory.resolve("kustomization.yaml")).get(0);
        kustomization.fieldNames().forEachRemaining(key -> {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException(directory + ": kustomization key not supported here: " + key);
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            resources.addAll(Files.isDirectory(path) ? render(path) : read(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            patch(resources, directory.resolve(patch.path("path").asText()), patch.get("target"));
        }
        for (JsonNode image : kustomization.path("images")) {
            setImage(resources, image);
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            setReplicas(resources, replicas.path("name").asText(), replicas.path("count").asInt());
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            resources.stream().filter(r -> !CLUSTER_SCOPED.contains(r.path("kind").asText()))
                    .forEach(r -> ((ObjectNode) r.get("metadata")).put("namespace", namespace));
        }
        return resources;
    }

    /** Every document of a multi-document YAML file; an empty one (comments only) is skipped. */
    static List<ObjectNode> read(Path file) {
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && document.isObject()) {
                    documents.add((ObjectNode) document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static String id(JsonNode resource) {
        return resource.path("kind").asText() + "/" + resource.path("metadata").path("name").asText();
    }

    private static void patch(List<ObjectNode> resources, Path file, JsonNode target) {
        for (ObjectNode patch : read(file)) {
            List<ObjectNode> matches = resources.stream().filter(r -> target == null
                    ? id(r).equals(id(patch)) : r.path("kind").asText().equals(target.path("kind").asText())
                      && (!target.has("name") || r.path("metadata").path("name").asText()
                            .equals(target.get("name").asText()))).toList();
            if (matches.isEmpty()) {
                throw new IllegalArgumentException(file + ": the patch of " + id(patch) + " matches no resource");
            }
            for (ObjectNode match : matches) {
                ObjectNode body = patch.deepCopy();
                // with a target, the patch's own name is a placeholder (kustomize ignores it too)
                body.remove("metadata");
                merge(match, body);
            }
        }
    }

    /** Strategic merge: maps merge, keyed lists merge by key, other values (and lists) replace. */
    static void merge(ObjectNode into, JsonNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode current = into.get(field.getKey());
            JsonNode change = field.getValue();
            if (current instanceof ObjectNode object && change.isObject()) {
                merge(object, change);
            } else if (current instanceof ArrayNode list && change.isArray() && MERGE_KEYS.containsKey(field.getKey())) {
                mergeList(list, (ArrayNode) change, MERGE_KEYS.get(field.getKey()));
            } else {
                into.set(field.getKey(), change.deepCopy());
            }
        });
    }

    private static void mergeList(ArrayNode into, ArrayNode patch, String key) {
        for (JsonNode change : patch) {
            ObjectNode same = null;
            for (JsonNode element : into) {
                if (element.path(key).equals(change.path(key))) {
                    same = (ObjectNode) element;
                }
            }
            if (same == null) {
                into.add(change.deepCopy());
            } else {
                merge(same, change);
            }
        }
    }

    private static void setImage(List<ObjectNode> resources, JsonNode image) {
        String name = image.path("name").asText();
        for (ObjectNode container : Workloads.containers(resources)) {
            String current = container.path("image").asText();
            String currentName = Images.name(current);
            if (currentName.equals(name)) {
                String newName = image.has("newName") ? image.get("newName").asText() : currentName;
                String tag = image.has("newTag") ? ":" + image.get("newTag").asText() : Images.tagPart(current);
                container.put("image", newName + tag);
            }
        }
    }

    private static void setReplicas(List<ObjectNode> resources, String name, int count) {
        List<ObjectNode> targets = resources.stream().filter(r -> id(r).equals("Deployment/" + name)).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("replicas: no Deployment " + name);
        }
        targets.forEach(r -> ((ObjectNode) r.get("spec")).put("replicas", count));
    }
}
