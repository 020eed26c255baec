package org.carebridge.gateway.proxy;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.carebridge.gateway.support.DroppingReplica;
import org.carebridge.gateway.support.LocalHttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Two replicas behind each service, one of them broken: case-service has a live replica and one that takes the
 * connection and drops it unanswered (a replica dying mid-call), advisory-service a live one and a closed port (a
 * replica that is gone), network-service two live ones. The live ones note what they were asked. Set through the
 * Stork lists themselves, so the module's EchoBackend (case-service-url) does not get in the way.
 */
public class FakeReplicas implements QuarkusTestResourceLifecycleManager {

    static final Live CASE = new Live();
    static final Live ADVISORY = new Live();
    static final Live NETWORK_A = new Live();
    static final Live NETWORK_B = new Live();
    static DroppingReplica dropping;

    /** A replica that answers 200 (201 to a POST) and keeps "METHOD path" of every call. */
    static final class Live {
        final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
        private HttpServer server;

        long count(String method, String path) {
            return calls.stream().filter((method + " " + path)::equals).count();
        }

        String start() {
            server = LocalHttpServer.create();
            server.createContext("/", exchange -> {
                calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
                exchange.getRequestBody().readAllBytes();
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    @Override
    public Map<String, String> start() {
        dropping = new DroppingReplica();
        return Map.of(
                "quarkus.stork.case-service.service-discovery.address-list", CASE.start() + "," + dropping.url(),
                "quarkus.stork.advisory-service.service-discovery.address-list", ADVISORY.start() + "," + closedPort(),
                "quarkus.stork.network-service.service-discovery.address-list", NETWORK_A.start() + ","
                        + NETWORK_B.start());
    }

    private static String closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        for (Live live : List.of(CASE, ADVISORY, NETWORK_A, NETWORK_B)) {
            live.stop();
        }
        if (dropping != null) {
            dropping.close();
        }
    }
}
