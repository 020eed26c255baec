package org.carebridge.gateway.apidoc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carebridge.gateway.support.GatewaySettings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

/**
 * Serves the public API's one document ({@link MergedDocument}) at {@value #PATH} on the management interface, where
 * Swagger UI shows it first. Merged at run time from the documents the gateway and each service serve at
 * {@code /q/openapi} right then, so it describes the versions that answer (also in a rolling upgrade, within
 * {@code carebridge.api-document.cache-for}), and the gateway's build needs no service's. A service that does not
 * answer leaves a document that says so at its top and in {@value MergedDocument#MISSING}, kept only briefly.
 */
@ApplicationScoped
public class PublicApiDocument {

    static final String PATH = "/q/openapi-public";
    /** How long a document that lacks a service is served before the services are asked again. */
    static final Duration INCOMPLETE_FOR = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1: the JDK client's default h2c upgrade now and then misreads a large document's answer as HTTP/2 frames
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(PATIENCE)
            .build();
    private final Map<String, String> sources;
    private final Duration cacheFor;
    private final LongSupplier clock;
    private byte[] kept;
    private long keptUntil;

    @Inject
    public PublicApiDocument(GatewaySettings.ApiDocument settings) {
        this(settings.sources(), settings.cacheFor(), System::nanoTime);
    }

    PublicApiDocument(Map<String, String> sources, Duration cacheFor, LongSupplier clock) {
        this.sources = new TreeMap<>(sources);
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    void serve(@Observes ManagementInterface management) {
        // blocking: it waits for the documents; the gateway's own is asked of this very management server
        management.router().get(PATH).blockingHandler(rc -> {
            SocketAddress local = rc.request().localAddress();
            String host = local.hostAddress().contains(":") ? "[" + local.hostAddress() + "]" : local.hostAddress();
            rc.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache")
                    .end(Buffer.buffer(document("http://" + host + ":" + local.port())));
        });
    }

    /** The merged document; {@code gateway} is where the gateway's own management interface answers. */
    synchronized byte[] document(String gateway) {
        long now = clock.getAsLong();
        if (kept != null && now - keptUntil < 0) {
            return kept;
        }
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put(MergedDocument.GATEWAY, gateway);
        urls.putAll(sources);
        Map<String, CompletableFuture<HttpResponse<String>>> answers = new LinkedHashMap<>();
        urls.forEach((source, url) -> answers.put(source, http.sendAsync(HttpRequest.newBuilder(
                URI.create(url + "/q/openapi?format=json")).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString())));
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        answers.forEach((source, answer) -> {
            try {
                HttpResponse<String> response = answer.join();
                if (response.statusCode() != 200) {
                    missing.put(source, urls.get(source) + "/q/openapi answered " + response.statusCode());
                } else {
                    JsonNode own = JSON.readTree(response.body());
                    documents.put(source, MergedDocument.GATEWAY.equals(source) ? GatewayRoutes.addTo(own) : own);
                }
            } catch (CompletionException | JsonProcessingException failure) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                missing.put(source, urls.get(source) + "/q/openapi: " + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
            }
        });
        try {
            kept = JSON.writeValueAsBytes(MergedDocument.merge(documents, missing));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        keptUntil = now + (missing.isEmpty() ? cacheFor : INCOMPLETE_FOR).toNanos();
        return kept;
    }
}
