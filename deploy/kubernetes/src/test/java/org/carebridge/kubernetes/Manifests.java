package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Where the manifests, the services' configuration and the operators' CRDs are, for the tests of this module. */
final class Manifests {

    /** Surefire runs in the module's directory: deploy/kubernetes. */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.resolve("../..").normalize();
    static final Path CRDS = Path.of(System.getProperty("carebridge.k8s.crds",
            ROOT.resolve("deploy/kubernetes/crds").toString()));
    static final List<String> SERVICES = List.of("case-service", "network-service", "advisory-service", "gateway");

    private static Schemas schemas;

    private Manifests() {
    }

    static List<ObjectNode> render(String overlay) {
        return Kustomize.render(MODULE.resolve("overlays").resolve(overlay));
    }

    static Map<String, ServiceConfig> services() {
        Map<String, ServiceConfig> services = new TreeMap<>();
        SERVICES.forEach(s -> services.put(s, ServiceConfig.read(ROOT, s)));
        return services;
    }

    /** Loaded once: reading and compiling every schema is the slow part of these tests. */
    static synchronized Schemas schemas() {
        if (schemas == null) {
            schemas = Schemas.load(CRDS);
        }
        return schemas;
    }

    static ObjectNode find(List<ObjectNode> resources, String id) {
        return resources.stream().filter(r -> Kustomize.id(r).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }
}
