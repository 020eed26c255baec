package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both overlays render, every resource fits its schema, and every policy holds. */
class OverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyResourceFitsItsSchema(String overlay) {
        List<String> errors = new ArrayList<>();
        for (ObjectNode resource : Manifests.render(overlay)) {
            errors.addAll(Manifests.schemas().validate(resource));
        }
        assertEquals(List.of(), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyPolicyHolds(String overlay) {
        assertEquals(List.of(), new Policies(Manifests.render(overlay), Manifests.services()).all());
    }

    @Test
    void theSmallOverlayRunsOneOfEach() {
        List<ObjectNode> small = Manifests.render("small");
        for (String service : Manifests.SERVICES) {
            assertEquals(1, Manifests.find(small, "Deployment/" + service).path("spec").path("replicas").asInt());
        }
        assertEquals(1, Manifests.find(small, "KafkaNodePool/dual").path("spec").path("replicas").asInt());
        assertEquals(1, Manifests.find(small, "Cluster/carebridge-db").path("spec").path("instances").asInt());
        assertTrue(small.stream().noneMatch(r -> r.path("kind").asText().equals("HorizontalPodAutoscaler")));
    }

    @Test
    void productionRunsTwoOrMoreOfEachWithBudgetsAndThreeKafkaAndPostgresNodes() {
        List<ObjectNode> production = Manifests.render("production");
        for (String service : Manifests.SERVICES) {
            ObjectNode deployment = Manifests.find(production, "Deployment/" + service);
            assertEquals(2, deployment.path("spec").path("replicas").asInt(), service);
            assertEquals("1Gi", Workloads.serviceContainer(deployment).path("resources").path("limits")
                    .path("memory").asText(), service);
            assertTrue(Manifests.find(production, "HorizontalPodAutoscaler/" + service).path("spec")
                    .path("minReplicas").asInt() >= 2, service);
            Manifests.find(production, "PodDisruptionBudget/" + service);
        }
        assertEquals(3, Manifests.find(production, "KafkaNodePool/dual").path("spec").path("replicas").asInt());
        assertEquals(3, Manifests.find(production, "Cluster/carebridge-db").path("spec").path("instances").asInt());
        for (ObjectNode topic : production) {
            if (topic.path("kind").asText().equals("KafkaTopic")) {
                JsonNode spec = topic.path("spec");
                assertEquals(3, spec.path("replicas").asInt(), Kustomize.id(topic));
                assertEquals(2, spec.path("config").path("min.insync.replicas").asInt(), Kustomize.id(topic));
                assertEquals(12, spec.path("partitions").asInt(), Kustomize.id(topic));
            }
        }
    }

    @Test
    void everyResourceLandsInTheCarebridgeNamespaceAndEveryImageComesFromTheRegistry() {
        for (ObjectNode resource : Manifests.render("production")) {
            if (!resource.path("kind").asText().equals("Namespace")) {
                assertEquals("carebridge", resource.path("metadata").path("namespace").asText(), Kustomize.id(resource));
            }
        }
        for (String service : Manifests.SERVICES) {
            assertEquals("registry.example.org/carebridge/" + service + ":0.1.0", Workloads.serviceContainer(
                    Manifests.find(Manifests.render("production"), "Deployment/" + service)).path("image").asText());
        }
    }

    @Test
    void theProductionRealmHasNoDemoUserNoPasswordGrantAndExactRedirectUris() {
        JsonNode realm = Manifests.find(Manifests.render("production"), "KeycloakRealmImport/carebridge-realm")
                .path("spec").path("realm");
        assertTrue(realm.path("bruteForceProtected").asBoolean(false));
        for (JsonNode user : realm.path("users")) {
            assertTrue(user.path("username").asText().startsWith("service-account-"), user.path("username").asText());
            assertTrue(user.path("credentials").isMissingNode(), user.path("username").asText());
        }
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertTrue(!client.path("directAccessGrantsEnabled").asBoolean(false), id + " allows the password grant");
            for (JsonNode uri : client.path("redirectUris")) {
                assertTrue(uri.asText().startsWith("https://") && !uri.asText().contains("*"), id + ": " + uri);
            }
        }
    }
}
