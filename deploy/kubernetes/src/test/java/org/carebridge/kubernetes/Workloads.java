package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The pods our manifests run (Deployments and Jobs) and their containers. */
final class Workloads {

    static final Set<String> KINDS = Set.of("Deployment", "Job", "StatefulSet", "DaemonSet");

    private Workloads() {
    }

    static List<ObjectNode> all(List<ObjectNode> resources) {
        return resources.stream().filter(r -> KINDS.contains(r.path("kind").asText())).toList();
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static List<ObjectNode> containers(JsonNode workload) {
        List<ObjectNode> containers = new ArrayList<>();
        for (String list : List.of("initContainers", "containers")) {
            podSpec(workload).path(list).forEach(c -> containers.add((ObjectNode) c));
        }
        return containers;
    }

    static List<ObjectNode> containers(List<ObjectNode> resources) {
        return all(resources).stream().flatMap(w -> containers(w).stream()).toList();
    }

    static Optional<ObjectNode> deployment(List<ObjectNode> resources, String name) {
        return resources.stream().filter(r -> Kustomize.id(r).equals("Deployment/" + name)).findFirst();
    }

    /** The container named like its Deployment: the service itself. */
    static ObjectNode serviceContainer(JsonNode deployment) {
        String name = deployment.path("metadata").path("name").asText();
        return containers(deployment).stream().filter(c -> c.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no container named " + name));
    }

    static Optional<JsonNode> env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return Optional.of(variable);
            }
        }
        return Optional.empty();
    }
}
