package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schemas refuse what the API server (or kubectl's strict validation) would: each mutation below is one error. */
class SchemaValidationTest {

    private static final List<ObjectNode> PRODUCTION = Manifests.render("production");

    @Test
    void aMisspeltDeploymentFieldIsRefused() {
        assertRefused("Deployment/case-service", d -> ((ObjectNode) d.get("spec")).put("replica", 2), "replica");
    }

    @Test
    void aMemoryLimitThatIsNoQuantityIsRefused() {
        assertRefused("Deployment/gateway", d -> ((ObjectNode) Workloads.serviceContainer(d).get("resources"))
                .set("limits", Kustomize.YAML.createObjectNode().set("memory", Kustomize.YAML.createArrayNode())),
                "memory");
    }

    @Test
    void aNetworkPolicyPortOfTheWrongShapeIsRefused() {
        assertRefused("NetworkPolicy/services-from-gateway", p -> ((ObjectNode) p.get("spec").get("ingress").get(0)
                .get("ports").get(0)).put("protocol", 6), "protocol");
    }

    @Test
    void aKafkaTopicWithPartitionsAsTextIsRefused() {
        assertRefused("KafkaTopic/case-escalations", t -> ((ObjectNode) t.get("spec")).put("partitions", "twelve"),
                "partitions");
    }

    @Test
    void aKafkaUserAclWithAnUnknownOperationIsRefused() {
        assertRefused("KafkaUser/case-service", u -> ((ObjectNode) u.get("spec").get("authorization").get("acls").get(0))
                .withArray("operations").add("Everything"), "operations");
    }

    @Test
    void aCnpgClusterWithAnUnknownFieldIsRefused() {
        assertRefused("Cluster/carebridge-db", c -> ((ObjectNode) c.get("spec")).put("instancess", 3), "instancess");
    }

    @Test
    void aKeycloakWithInstancesAsTextIsRefused() {
        assertRefused("Keycloak/carebridge-keycloak", k -> ((ObjectNode) k.get("spec")).put("instances", "two"),
                "instances");
    }

    @Test
    void aRealmImportWithAnUnknownRealmFieldIsRefused() {
        assertRefused("KeycloakRealmImport/carebridge-realm", r -> ((ObjectNode) r.get("spec").get("realm"))
                .put("bruteForceProtection", true), "bruteForceProtection");
    }

    @Test
    void aKindWithoutSchemaIsRefused() {
        ObjectNode unknown = Manifests.find(PRODUCTION, "Deployment/gateway").deepCopy();
        unknown.put("apiVersion", "apps/v2");
        assertEquals(List.of("Deployment/gateway: no schema for apps/v2 Deployment"),
                Manifests.schemas().validate(unknown));
    }

    private static void assertRefused(String id, Consumer<ObjectNode> mutation, String field) {
        ObjectNode resource = Manifests.find(PRODUCTION, id).deepCopy();
        assertEquals(List.of(), Manifests.schemas().validate(resource), "unmutated " + id);
        mutation.accept(resource);
        List<String> errors = Manifests.schemas().validate(resource);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains(field), errors.toString());
    }
}
