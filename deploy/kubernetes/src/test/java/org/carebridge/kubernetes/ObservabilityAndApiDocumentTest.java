package org.carebridge.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every service and the gateway take their log format and OTLP collector from the ConfigMap carebridge-settings
 * (text logs and no traces in the pilot, JSON logs and a collector key to fill in production), and the gateway
 * reaches each service's management port for the public API's merged document.
 */
class ObservabilityAndApiDocumentTest {

    private static final String SETTINGS = "carebridge-settings";

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyServiceReadsItsLogFormatAndCollectorFromTheSettings(String overlay) {
        List<ObjectNode> resources = Manifests.render(overlay);
        JsonNode data = Manifests.find(resources, "ConfigMap/" + SETTINGS).path("data");
        // platform-web refuses to start on any other value (carebridge.log.json-when.<format>)
        assertTrue(Set.of("text", "json").contains(data.path("log-format").asText()), data.toString());
        for (String service : Manifests.SERVICES) {
            ObjectNode container = Workloads.serviceContainer(Manifests.find(resources, "Deployment/" + service));
            JsonNode format = settingsKey(container, "CAREBRIDGE_LOG_FORMAT");
            assertEquals("log-format", format.path("key").asText(), service);
            assertFalse(format.path("optional").asBoolean(false), service + ": the format is always set");
            JsonNode collector = settingsKey(container, "CAREBRIDGE_OTLP_ENDPOINT");
            assertEquals("otlp-endpoint", collector.path("key").asText(), service);
            assertTrue(collector.path("optional").asBoolean(false), service + ": no key, no traces");
            assertEquals("otlp-protocol",
                    settingsKey(container, "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL").path("key").asText(), service);
        }
    }

    @Test
    void thePilotLogsTextAndRecordsNoTraceUntilACollectorIsNamed() {
        JsonNode data = Manifests.find(Manifests.render("small"), "ConfigMap/" + SETTINGS).path("data");
        assertEquals("text", data.path("log-format").asText());
        assertFalse(data.has("otlp-endpoint"));
    }

    @Test
    void productionLogsJsonAndHasTheCollectorKeyForTheOperatorToFill() {
        JsonNode data = Manifests.find(Manifests.render("production"), "ConfigMap/" + SETTINGS).path("data");
        assertEquals("json", data.path("log-format").asText());
        assertTrue(data.has("otlp-endpoint"));
        assertEquals("https://carebridge.example/", data.path("public-url").asText(), "the patch keeps the rest");
    }

    @Test
    void theGatewayReachesEachServicesManagementPortForTheApiDocument() {
        List<ObjectNode> resources = Manifests.render("production");
        ObjectNode gateway = Workloads.serviceContainer(Manifests.find(resources, "Deployment/gateway"));
        List<Integer> opened = new ArrayList<>();
        Manifests.find(resources, "NetworkPolicy/services-from-gateway").path("spec").path("ingress").path(0)
                .path("ports").forEach(port -> opened.add(port.path("port").asInt()));
        for (String service : List.of("case-service", "network-service", "advisory-service")) {
            int management = ServiceConfig.read(Manifests.ROOT, service).managementPort();
            String variable = "CAREBRIDGE_API_DOCUMENT_SOURCES_" + service.toUpperCase(Locale.ROOT).replace('-', '_');
            assertEquals("http://" + service + ":" + management,
                    Workloads.env(gateway, variable).orElseThrow().path("value").asText(), variable);
            JsonNode servicePorts = Manifests.find(resources, "Service/" + service).path("spec").path("ports");
            boolean exposed = false;
            for (JsonNode port : servicePorts) {
                exposed |= port.path("port").asInt() == management && port.path("targetPort").asText().equals("management");
            }
            assertTrue(exposed, service + " exposes its management port " + management);
            assertTrue(opened.contains(management), "the gateway may reach " + service + ":" + management);
        }
    }

    private static JsonNode settingsKey(JsonNode container, String variable) {
        JsonNode ref = Workloads.env(container, variable).orElseThrow(() -> new AssertionError("no " + variable))
                .path("valueFrom").path("configMapKeyRef");
        assertEquals(SETTINGS, ref.path("name").asText(), variable);
        return ref;
    }
}
