package org.carebridge.gateway.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the documents over HTTP, keeping the merge for a while, and saying which service did not answer. */
class PublicApiDocumentTest {

    private static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentServers servers = new DocumentServers();
    private final AtomicLong now = new AtomicLong();

    @AfterEach
    void stop() {
        servers.close();
    }

    @Test
    void mergesWhatTheManagementInterfacesServeAndKeepsItForTheCacheTime() throws IOException {
        PublicApiDocument document = new PublicApiDocument(Map.of("case-service", servers.serving("case-service"),
                "network-service", servers.serving("network-service"),
                "advisory-service", servers.serving("advisory-service")), CACHE_FOR, now::get);
        JsonNode merged = JSON.readTree(document.document(servers.serving("gateway")));
        assertEquals(4, servers.asked.get());
        ApiDocumentChecks.assertEveryOperationIn(merged, MergedDocumentTest.fixtures());
        ApiDocumentChecks.assertValid(merged);
        assertTrue(merged.at("/paths/~1api~1me~1notifications/get/responses/200/content/text~1event-stream").isObject(),
                "the gateway's live stream, a route no scanner sees (GatewayRoutes)");

        now.addAndGet(CACHE_FOR.toNanos() - 1);
        document.document("http://127.0.0.1:" + closedPort());
        assertEquals(4, servers.asked.get(), "kept: nothing asked again");
        now.addAndGet(1);
        document.document(servers.serving("gateway"));
        assertEquals(8, servers.asked.get(), "the time is up: every document read anew");
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedAndAskedAgainSoon() throws IOException {
        String closed = "http://127.0.0.1:" + closedPort();
        PublicApiDocument document = new PublicApiDocument(Map.of("case-service", servers.serving("case-service"),
                "network-service", closed, "advisory-service", servers.serving("advisory-service")), CACHE_FOR,
                now::get);
        JsonNode merged = JSON.readTree(document.document(servers.serving("gateway")));
        String why = merged.path(MergedDocument.MISSING).path("network-service").asText();
        assertTrue(why.startsWith(closed + "/q/openapi: "), why);
        assertTrue(merged.path("paths").has("/api/cases/{id}/escalations"), "the others are there");
        ApiDocumentChecks.assertValid(merged);

        int before = servers.asked.get();
        now.addAndGet(PublicApiDocument.INCOMPLETE_FOR.toNanos());
        document.document(servers.serving("gateway"));
        assertEquals(before + 3, servers.asked.get(), "an incomplete document is not kept for the whole cache time");
    }

    @Test
    void anAnswerThatIsNotADocumentCountsAsMissing() throws IOException {
        String failing = servers.failing(500);
        PublicApiDocument document = new PublicApiDocument(Map.of("advisory-service", failing), CACHE_FOR, now::get);
        JsonNode merged = JSON.readTree(document.document(servers.serving("gateway")));
        assertEquals(failing + "/q/openapi answered 500",
                merged.path(MergedDocument.MISSING).path("advisory-service").asText());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
