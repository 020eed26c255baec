package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rules every rendered overlay keeps beyond what a schema can say. Each check returns its violations, one line each
 * naming the resource; none means the rule holds.
 */
final class Policies {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(SECRET|PASSWORD|JAAS|CREDENTIAL|PRIVATE_KEY|ACCESS_KEY).*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final List<ObjectNode> resources;
    private final Map<String, ServiceConfig> services;

    Policies(List<ObjectNode> resources, Map<String, ServiceConfig> services) {
        this.resources = resources;
        this.services = services;
    }

    List<String> all() {
        List<String> violations = new ArrayList<>();
        violations.addAll(probesOnTheManagementPort());
        violations.addAll(resourcesMatchTheJvm());
        violations.addAll(nonRoot());
        violations.addAll(pinnedImages());
        violations.addAll(noInlineSecrets());
        violations.addAll(everyTopicHasAKafkaTopic());
        violations.addAll(aclsCoverExactlyTheChannels());
        violations.addAll(prodVariablesAreSet());
        return violations;
    }

    /** Startup, liveness and readiness probes of each service ask its management port (/q/health/*). */
    List<String> probesOnTheManagementPort() {
        List<String> violations = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            JsonNode container = serviceContainer(service, violations);
            if (container == null) {
                continue;
            }
            int managementPort = -1;
            for (JsonNode port : container.path("ports")) {
                if (port.path("name").asText().equals("management")) {
                    managementPort = port.path("containerPort").asInt();
                }
            }
            if (managementPort != service.managementPort()) {
                violations.add(service.name() + ": container port 'management' is " + managementPort
                        + ", the service's quarkus.management.port " + service.managementPort());
            }
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode get = container.path(probe).path("httpGet");
                if (!get.path("port").asText().equals("management") || !get.path("path").asText().startsWith("/q/health")) {
                    violations.add(service.name() + ": " + probe + " does not ask /q/health on the management port");
                }
            }
        }
        return violations;
    }

    /**
     * Every container has CPU and memory requests and limits; a JVM's memory request equals its limit (the heap is a
     * share of the limit, MaxRAMPercentage, and a pod must not be evicted for using what it was sized for).
     */
    List<String> resourcesMatchTheJvm() {
        List<String> violations = new ArrayList<>();
        for (ObjectNode workload : Workloads.all(resources)) {
            for (ObjectNode container : Workloads.containers(workload)) {
                String where = Kustomize.id(workload) + " container " + container.path("name").asText();
                JsonNode r = container.path("resources");
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (r.path(kind).path(resource).asText().isEmpty()) {
                            violations.add(where + ": no " + kind + "." + resource);
                        }
                    }
                }
                boolean jvm = Workloads.env(container, "JAVA_TOOL_OPTIONS").isPresent();
                if (jvm && !Workloads.env(container, "JAVA_TOOL_OPTIONS").get().path("value").asText()
                        .contains("-XX:MaxRAMPercentage=")) {
                    violations.add(where + ": JAVA_TOOL_OPTIONS sets no -XX:MaxRAMPercentage");
                }
                if (jvm && !r.path("requests").path("memory").equals(r.path("limits").path("memory"))) {
                    violations.add(where + ": a JVM's memory request differs from its limit");
                }
            }
            if (workload.path("kind").asText().equals("Deployment") && services.containsKey(name(workload))
                    && Workloads.env(Workloads.serviceContainer(workload), "JAVA_TOOL_OPTIONS").isEmpty()) {
                violations.add(Kustomize.id(workload) + ": no JAVA_TOOL_OPTIONS sizing the heap to the limit");
            }
        }
        return violations;
    }

    /** Pods run as non-root with the restricted profile's settings, on a read-only root filesystem. */
    List<String> nonRoot() {
        List<String> violations = new ArrayList<>();
        for (ObjectNode workload : Workloads.all(resources)) {
            JsonNode pod = Workloads.podSpec(workload).path("securityContext");
            if (!pod.path("runAsNonRoot").asBoolean(false)) {
                violations.add(Kustomize.id(workload) + ": runAsNonRoot is not true");
            }
            if (!pod.path("seccompProfile").path("type").asText().equals("RuntimeDefault")) {
                violations.add(Kustomize.id(workload) + ": no RuntimeDefault seccomp profile");
            }
            for (ObjectNode container : Workloads.containers(workload)) {
                String where = Kustomize.id(workload) + " container " + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    violations.add(where + ": allowPrivilegeEscalation is not false");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    violations.add(where + ": readOnlyRootFilesystem is not true");
                }
                if (!security.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                    violations.add(where + ": capabilities ALL are not dropped");
                }
                if (security.path("runAsUser").asInt(1) == 0 || pod.path("runAsUser").asInt(1) == 0) {
                    violations.add(where + ": runs as user 0");
                }
            }
        }
        return violations;
    }

    /** Every image, ours and the operators' (Keycloak's image, PostgreSQL's imageName), has a tag that is not latest. */
    List<String> pinnedImages() {
        List<String> violations = new ArrayList<>();
        for (ObjectNode container : Workloads.containers(resources)) {
            check(container.path("image").asText(), "container " + container.path("name").asText(), violations);
        }
        for (ObjectNode resource : resources) {
            if (resource.path("kind").asText().equals("Keycloak")) {
                check(resource.path("spec").path("image").asText(), Kustomize.id(resource), violations);
            }
            if (resource.path("kind").asText().equals("Cluster")) {
                check(resource.path("spec").path("imageName").asText(), Kustomize.id(resource), violations);
            }
        }
        return violations;
    }

    private static void check(String image, String where, List<String> violations) {
        if (!Images.pinned(image)) {
            violations.add(where + ": image '" + image + "' has no pinned tag (none, or latest)");
        }
    }

    /**
     * No Secret is rendered (each is created by the operator, README.md); a variable named like a secret comes from a
     * Secret; a realm client's secret is a placeholder the realm import fills from a Secret.
     */
    List<String> noInlineSecrets() {
        List<String> violations = new ArrayList<>();
        for (ObjectNode resource : resources) {
            if (resource.path("kind").asText().equals("Secret")) {
                violations.add(Kustomize.id(resource) + ": a Secret in the manifests");
            }
            if (resource.path("kind").asText().equals("KeycloakRealmImport")) {
                JsonNode placeholders = resource.path("spec").path("placeholders");
                for (JsonNode client : resource.path("spec").path("realm").path("clients")) {
                    String secret = client.path("secret").asText("");
                    var placeholder = PLACEHOLDER.matcher(secret);
                    if (!secret.isEmpty() && !(placeholder.matches()
                            && placeholders.path(placeholder.group(1)).has("secret"))) {
                        violations.add(Kustomize.id(resource) + ": client " + client.path("clientId").asText()
                                + " has its secret written in, not a placeholder filled from a Secret");
                    }
                }
            }
        }
        for (ObjectNode workload : Workloads.all(resources)) {
            for (ObjectNode container : Workloads.containers(workload)) {
                for (JsonNode variable : container.path("env")) {
                    String name = variable.path("name").asText();
                    if (SECRET_NAME.matcher(name).matches()
                            && !variable.path("valueFrom").has("secretKeyRef")) {
                        violations.add(Kustomize.id(workload) + ": " + name + " is not taken from a Secret");
                    }
                }
            }
        }
        return violations;
    }

    /** Every topic a service consumes, produces or sends its dead letters to is a KafkaTopic. */
    List<String> everyTopicHasAKafkaTopic() {
        Set<String> declared = new TreeSet<>();
        resources.stream().filter(r -> r.path("kind").asText().equals("KafkaTopic"))
                .forEach(t -> declared.add(t.path("spec").path("topicName").asText(name(t))));
        List<String> violations = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            if (!service.usesKafka()) {
                continue;
            }
            Set<String> used = new TreeSet<>(service.consumedTopics());
            used.addAll(service.producedTopics());
            used.add(service.deadLetterTopic());
            used.stream().filter(topic -> !declared.contains(topic))
                    .forEach(topic -> violations.add(service.name() + " uses topic " + topic + ": no KafkaTopic"));
        }
        return violations;
    }

    /** Each service's KafkaUser allows exactly what its channels need (expected() says what), no more, no less. */
    List<String> aclsCoverExactlyTheChannels() {
        List<String> violations = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            if (!service.usesKafka()) {
                continue;
            }
            JsonNode user = resources.stream().filter(r -> Kustomize.id(r).equals("KafkaUser/" + service.name()))
                    .findFirst().orElse(null);
            if (user == null) {
                violations.add(service.name() + ": no KafkaUser");
                continue;
            }
            Map<String, Set<String>> granted = new TreeMap<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                String key = resource.path("type").asText() + " " + resource.path("name").asText();
                if (!resource.path("patternType").asText("literal").equals("literal")) {
                    violations.add(service.name() + ": ACL on " + key + " is not literal");
                }
                acl.path("operations").forEach(op -> granted.computeIfAbsent(key, k -> new TreeSet<>()).add(op.asText()));
            }
            Map<String, Set<String>> expected = expected(service);
            if (!granted.equals(expected)) {
                violations.add(service.name() + ": ACLs " + granted + " are not exactly " + expected);
            }
        }
        return violations;
    }

    /**
     * What a service's channels need: write (and delete, for the trim of consumed records) on the topics it produces;
     * read on those it consumes, and write there (a replayed dead letter goes back to its topic); its dead-letter
     * topic; its consumer group; describe on the groups of its topics' readers (the trim reads their offsets).
     */
    static Map<String, Set<String>> expected(ServiceConfig service) {
        Map<String, Set<String>> acls = new TreeMap<>();
        service.producedTopics().forEach(t -> grant(acls, "topic " + t, "Write", "Describe", "Delete"));
        service.consumedTopics().forEach(t -> grant(acls, "topic " + t, "Read", "Describe", "Write"));
        grant(acls, "topic " + service.deadLetterTopic(), "Read", "Write", "Describe");
        grant(acls, "group " + service.group(), "Read", "Describe");
        service.readerGroups().forEach(g -> grant(acls, "group " + g, "Describe"));
        return acls;
    }

    private static void grant(Map<String, Set<String>> acls, String key, String... operations) {
        acls.computeIfAbsent(key, k -> new TreeSet<>()).addAll(List.of(operations));
    }

    /** Each variable a service's %prod configuration needs without a default is set in its Deployment, from a Secret. */
    List<String> prodVariablesAreSet() {
        List<String> violations = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            JsonNode container = serviceContainer(service, violations);
            if (container == null) {
                continue;
            }
            for (String variable : service.requiredVariables()) {
                if (Workloads.env(container, variable).map(v -> !v.path("valueFrom").has("secretKeyRef")).orElse(true)) {
                    violations.add(service.name() + ": %prod needs " + variable + ", not set from a Secret");
                }
            }
        }
        return violations;
    }

    private JsonNode serviceContainer(ServiceConfig service, List<String> violations) {
        return Workloads.deployment(resources, service.name()).map(d -> (JsonNode) Workloads.serviceContainer(d))
                .orElseGet(() -> {
                    violations.add(service.name() + ": no Deployment");
                    return null;
                });
    }

    private static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }
}
