package org.carebridge.gateway.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running gateway serves the merged document on its management interface, its own real document (and the
 * /api/me/notifications route, GatewayRoutes) merged with the services' (stand-ins serving the fixtures), and Swagger
 * UI opens on it.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(PublicApiDocumentServedTest.ServiceDocuments.class)
class PublicApiDocumentServedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The three services' management interfaces, serving the fixtures. */
    public static class ServiceDocuments implements QuarkusTestResourceLifecycleManager {
        private final DocumentServers servers = new DocumentServers();

        @Override
        public Map<String, String> start() {
            return Map.of("carebridge.api-document.sources.case-service", servers.serving("case-service"),
                    "carebridge.api-document.sources.network-service", servers.serving("network-service"),
                    "carebridge.api-document.sources.advisory-service", servers.serving("advisory-service"));
        }

        @Override
        public void stop() {
            servers.close();
        }
    }

    @Test
    void theWholePublicApiIsOneDocumentOnTheManagementInterface() throws Exception {
        JsonNode merged = JSON.readTree(get(PublicApiDocument.PATH));
        Map<String, JsonNode> documents = MergedDocumentTest.fixtures();
        documents.put("gateway", JSON.readTree(get("/q/openapi?format=json")));
        assertTrue(merged.path(MergedDocument.MISSING).isMissingNode(), merged.path(MergedDocument.MISSING).toString());
        ApiDocumentChecks.assertEveryOperationIn(merged, documents);
        ApiDocumentChecks.assertValid(merged);
        assertTrue(merged.at("/paths/~1api~1me/get").isObject());
        assertTrue(merged.at("/paths/~1api~1cases~1{id}~1escalations/post").isObject());
    }

    @Test
    void theRelayedLiveStreamIsInTheMergedDocumentButNotInTheGatewaysOwn() throws Exception {
        JsonNode merged = JSON.readTree(get(PublicApiDocument.PATH));
        JsonNode stream = merged.at("/paths/~1api~1me~1notifications/get");
        assertTrue(stream.at("/responses/200/content/text~1event-stream").isObject(), stream.toString());
        for (String status : new String[] {"401", "403", "429", "503"}) {
            assertTrue(stream.path("responses").has(status), status + " in " + stream);
        }
        String scheme = stream.at("/security/0").fieldNames().next();
        assertTrue(merged.at("/components/securitySchemes").has(scheme), scheme);
        // deploy/proof's access matrix wants a rule for each operation of /q/openapi, and calls it: see GatewayRoutes
        assertTrue(JSON.readTree(get("/q/openapi?format=json")).at("/paths/~1api~1me~1notifications").isMissingNode());
    }

    @Test
    void swaggerUiOpensOnThePublicDocument() throws Exception {
        String page = get("/q/swagger-ui/");
        assertTrue(page.contains(PublicApiDocument.PATH), page);
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(CarebridgeStackResource.managementUrl() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return answer.body();
    }
}
