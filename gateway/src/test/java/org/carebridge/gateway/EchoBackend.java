package org.carebridge.gateway;

import com.sun.net.httpserver.HttpServer;
import org.carebridge.gateway.support.StandInService;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for case-service that answers with what it received, so the proxy's forwarding can be checked
 * exactly; the real services behind the gateway are exercised by the end-to-end tests in deploy/e2e.
 * network-service is pointed at a closed port to see how the gateway reports an unreachable service.
 */
public class EchoBackend extends StandInService {

    @Override
    protected void answer(HttpServer server) {
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String echo = """
                    {"method":"%s","path":"%s","query":"%s","authorization":"%s","contentType":"%s","body":%s}"""
                    .formatted(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                            exchange.getRequestURI().getRawQuery(),
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            exchange.getRequestHeaders().getFirst("Content-Type"),
                            body.isEmpty() ? "null" : body);
            byte[] bytes = echo.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Location", url() + "/api/cases/created-here");
            exchange.getResponseHeaders().add("X-Internal-Secret", "must-not-pass");
            exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @Override
    protected Map<String, String> settings(String url) {
        return Map.of(
                "carebridge.gateway.case-service-url", url,
                "carebridge.gateway.network-service-url", "http://127.0.0.1:" + closedPort());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
