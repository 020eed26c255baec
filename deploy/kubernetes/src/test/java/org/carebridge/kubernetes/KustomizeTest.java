package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer does what kubectl kustomize does for the subset it supports (src/test/resources/kustomize). */
class KustomizeTest {

    private static final Path CASES = Manifests.MODULE.resolve("src/test/resources/kustomize");

    @Test
    void anOverlayPatchesImagesAndReplicasOverItsBase() {
        List<ObjectNode> rendered = Kustomize.render(CASES.resolve("overlay"));
        assertEquals(List.of("Deployment/app", "Namespace/demo", "KafkaTopic/one", "KafkaTopic/two",
                "ConfigMap/extra"), rendered.stream().map(Kustomize::id).toList());
        ObjectNode app = Manifests.find(rendered, "Deployment/app");
        assertEquals(3, app.path("spec").path("replicas").asInt());
        JsonNode containers = app.path("spec").path("template").path("spec").path("containers");
        assertEquals("registry.example.org/app:2.0", containers.get(0).path("image").asText());
        // a digest is kept, and an image the transformer does not name is left alone
        assertEquals("example/sidecar@sha256:abc", containers.get(1).path("image").asText());
        // env merges by name: B changed, A kept, C added
        assertEquals("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"20\"},{\"name\":\"C\",\"value\":\"3\"}]",
                containers.get(0).path("env").toString());
        for (String topic : List.of("KafkaTopic/one", "KafkaTopic/two")) {
            assertEquals(3, Manifests.find(rendered, topic).path("spec").path("replicas").asInt());
            assertEquals(12, Manifests.find(rendered, topic).path("spec").path("partitions").asInt());
        }
    }

    @Test
    void theBasesNamespaceReachesItsResourcesButNotTheOverlaysOwn() {
        List<ObjectNode> rendered = Kustomize.render(CASES.resolve("overlay"));
        assertEquals("demo", Manifests.find(rendered, "Deployment/app").path("metadata").path("namespace").asText());
        assertTrue(Manifests.find(rendered, "Namespace/demo").path("metadata").path("namespace").isMissingNode());
        assertTrue(Manifests.find(rendered, "ConfigMap/extra").path("metadata").path("namespace").isMissingNode());
    }

    @Test
    void aKeyOutsideTheSupportedSubsetIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Kustomize.render(CASES.resolve("unsupported")));
        assertTrue(refused.getMessage().endsWith("kustomization key not supported here: configMapGenerator"));
    }

    @Test
    void aPatchThatMatchesNothingIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Kustomize.render(CASES.resolve("unmatched")));
        assertTrue(refused.getMessage().endsWith("the patch of KafkaTopic/any matches no resource"));
    }
}
