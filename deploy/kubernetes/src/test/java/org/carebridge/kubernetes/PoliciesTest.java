package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each policy fails on a manifest mutated to break it, and names what broke; the unmutated production overlay keeps
 * every policy (OverlaysTest), so each failure below is the mutation's.
 */
class PoliciesTest {

    private final List<ObjectNode> production = Manifests.render("production");
    private final Map<String, ServiceConfig> services = Manifests.services();

    @Test
    void aServiceWithoutReadinessProbeFails() {
        container("network-service").remove("readinessProbe");
        assertViolations(Policies::probesOnTheManagementPort,
                "network-service: readinessProbe does not ask /q/health on the management port");
    }

    @Test
    void aProbeOnTheApplicationPortFails() {
        ((ObjectNode) container("case-service").get("livenessProbe").get("httpGet")).put("port", "http");
        assertViolations(Policies::probesOnTheManagementPort,
                "case-service: livenessProbe does not ask /q/health on the management port");
    }

    @Test
    void aManagementPortOtherThanTheServicesFails() {
        ((ObjectNode) container("gateway").get("ports").get(1)).put("containerPort", 9001);
        assertViolations(Policies::probesOnTheManagementPort,
                "gateway: container port 'management' is 9001, the service's quarkus.management.port 9000");
    }

    @Test
    void aContainerWithoutMemoryLimitFails() {
        ((ObjectNode) container("advisory-service").get("resources").get("limits")).remove("memory");
        assertViolations(Policies::resourcesMatchTheJvm,
                "Deployment/advisory-service container advisory-service: no limits.memory",
                "Deployment/advisory-service container advisory-service: a JVM's memory request differs from its limit");
    }

    @Test
    void aJvmWhoseHeapIsNotAShareOfTheLimitFails() {
        ArrayNode env = (ArrayNode) container("gateway").get("env");
        for (JsonNode variable : env) {
            if (variable.path("name").asText().equals("JAVA_TOOL_OPTIONS")) {
                ((ObjectNode) variable).put("value", "-Xmx2g");
            }
        }
        assertViolations(Policies::resourcesMatchTheJvm,
                "Deployment/gateway container gateway: JAVA_TOOL_OPTIONS sets no -XX:MaxRAMPercentage");
    }

    @Test
    void aPodThatMayRunAsRootFails() {
        ((ObjectNode) Workloads.podSpec(deployment("case-service")).get("securityContext")).remove("runAsNonRoot");
        assertViolations(Policies::nonRoot, "Deployment/case-service: runAsNonRoot is not true");
    }

    @Test
    void aWritableRootFilesystemFails() {
        ((ObjectNode) container("gateway").get("securityContext")).put("readOnlyRootFilesystem", false);
        assertViolations(Policies::nonRoot,
                "Deployment/gateway container gateway: readOnlyRootFilesystem is not true");
    }

    @Test
    void aLatestTagFails() {
        container("network-service").put("image", "registry.example.org/carebridge/network-service:latest");
        assertViolations(Policies::pinnedImages, "container network-service: image "
                + "'registry.example.org/carebridge/network-service:latest' has no pinned tag (none, or latest)");
    }

    @Test
    void anOperatorImageWithoutTagFails() {
        ((ObjectNode) Manifests.find(production, "Keycloak/carebridge-keycloak").get("spec"))
                .put("image", "quay.io/keycloak/keycloak");
        assertViolations(Policies::pinnedImages, "Keycloak/carebridge-keycloak: image 'quay.io/keycloak/keycloak' "
                + "has no pinned tag (none, or latest)");
    }

    @Test
    void aPasswordWrittenIntoTheManifestFails() {
        ArrayNode env = (ArrayNode) container("advisory-service").get("env");
        for (JsonNode variable : env) {
            if (variable.path("name").asText().equals("QUARKUS_DATASOURCE_PASSWORD")) {
                ((ObjectNode) variable).remove("valueFrom");
                ((ObjectNode) variable).put("value", "advisory_service");
            }
        }
        assertViolations(Policies::noInlineSecrets,
                "Deployment/advisory-service: QUARKUS_DATASOURCE_PASSWORD is not taken from a Secret");
    }

    @Test
    void aSecretResourceFails() {
        ObjectNode secret = Kustomize.YAML.createObjectNode().put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("name", "carebridge-pseudonym");
        production.add(secret);
        assertViolations(Policies::noInlineSecrets, "Secret/carebridge-pseudonym: a Secret in the manifests");
    }

    @Test
    void aRealmClientSecretWrittenInFails() {
        JsonNode clients = Manifests.find(production, "KeycloakRealmImport/carebridge-realm").get("spec").get("realm")
                .get("clients");
        for (JsonNode client : clients) {
            if (client.path("clientId").asText().equals("carebridge-gateway")) {
                ((ObjectNode) client).put("secret", "carebridge-gateway-secret");
            }
        }
        assertViolations(Policies::noInlineSecrets, "KeycloakRealmImport/carebridge-realm: client carebridge-gateway "
                + "has its secret written in, not a placeholder filled from a Secret");
    }

    @Test
    void aTopicWithoutKafkaTopicFails() {
        production.remove(Manifests.find(production, "KafkaTopic/advisory-lessons"));
        assertViolations(Policies::everyTopicHasAKafkaTopic,
                "advisory-service uses topic advisory.lessons: no KafkaTopic",
                "case-service uses topic advisory.lessons: no KafkaTopic");
    }

    @Test
    void aDeadLetterTopicWithoutKafkaTopicFails() {
        production.remove(Manifests.find(production, "KafkaTopic/network-service-dead-letters"));
        assertViolations(Policies::everyTopicHasAKafkaTopic,
                "network-service uses topic network-service.dead-letters: no KafkaTopic");
    }

    @Test
    void anAclBeyondTheServicesChannelsFails() {
        ObjectNode acl = ((ArrayNode) Manifests.find(production, "KafkaUser/advisory-service").get("spec")
                .get("authorization").get("acls")).addObject();
        acl.putObject("resource").put("type", "topic").put("name", "case.teams").put("patternType", "literal");
        acl.putArray("operations").add("Read");
        List<String> violations = policies().aclsCoverExactlyTheChannels();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("advisory-service: ACLs {group advisory-service=[Describe, Read]"));
        assertTrue(violations.get(0).contains("topic case.teams=[Read]"), violations.get(0));
    }

    @Test
    void anAclMissingForAConsumedTopicFails() {
        ArrayNode acls = (ArrayNode) Manifests.find(production, "KafkaUser/network-service").get("spec")
                .get("authorization").get("acls");
        for (int i = acls.size() - 1; i >= 0; i--) {
            if (acls.get(i).path("resource").path("name").asText().equals("case.teams")) {
                acls.remove(i);
            }
        }
        List<String> violations = policies().aclsCoverExactlyTheChannels();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("network-service: ACLs"));
    }

    @Test
    void aPrefixAclFails() {
        ((ObjectNode) Manifests.find(production, "KafkaUser/case-service").get("spec").get("authorization")
                .get("acls").get(0).get("resource")).put("patternType", "prefix");
        assertEquals("case-service: ACL on topic case.escalations is not literal",
                policies().aclsCoverExactlyTheChannels().get(0));
    }

    @Test
    void theAclsExpectedComeFromTheServicesConfiguration() {
        ServiceConfig advisory = services.get("advisory-service");
        assertEquals(Map.of(
                "topic network.referrals", Set.of("Read", "Describe", "Write"),
                "topic case.digests", Set.of("Read", "Describe", "Write"),
                "topic advisory.advice", Set.of("Write", "Describe", "Delete"),
                "topic advisory.lessons", Set.of("Write", "Describe", "Delete"),
                "topic advisory.steps", Set.of("Write", "Describe", "Delete"),
                "topic advisory-service.dead-letters", Set.of("Read", "Write", "Describe"),
                "group advisory-service", Set.of("Read", "Describe"),
                "group case-service", Set.of("Describe"),
                "group network-service", Set.of("Describe")), Policies.expected(advisory));
    }

    @Test
    void aProdSecretTheDeploymentDoesNotSetFails() {
        ArrayNode env = (ArrayNode) container("case-service").get("env");
        for (int i = env.size() - 1; i >= 0; i--) {
            if (env.get(i).path("name").asText().equals("CAREBRIDGE_PSEUDONYM_SECRET")) {
                env.remove(i);
            }
        }
        assertViolations(Policies::prodVariablesAreSet,
                "case-service: %prod needs CAREBRIDGE_PSEUDONYM_SECRET, not set from a Secret");
    }

    @Test
    void theProdVariablesAreReadFromEachServicesConfiguration() {
        assertEquals(Set.of("CAREBRIDGE_GATEWAY_CLIENT_SECRET", "CAREBRIDGE_GATEWAY_SESSION_SECRET"),
                services.get("gateway").requiredVariables());
        assertEquals(Set.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_FLYWAY_PASSWORD",
                "CAREBRIDGE_PSEUDONYM_SECRET", "CAREBRIDGE_DIRECTORY_CLIENT_SECRET"),
                services.get("case-service").requiredVariables());
    }

    private ObjectNode deployment(String name) {
        return Manifests.find(production, "Deployment/" + name);
    }

    private ObjectNode container(String name) {
        return Workloads.serviceContainer(deployment(name));
    }

    private Policies policies() {
        return new Policies(production, services);
    }

    private void assertViolations(Function<Policies, List<String>> check, String... expected) {
        assertEquals(List.of(expected), check.apply(policies()));
    }
}
