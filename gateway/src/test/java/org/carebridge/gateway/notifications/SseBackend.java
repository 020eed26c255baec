package org.carebridge.gateway.notifications;

import com.sun.net.httpserver.HttpServer;
import org.carebridge.gateway.support.DroppingReplica;
import org.carebridge.gateway.support.StandInService;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for network-service's notification stream: it sends one event at once (echoing the Authorization
 * it received), holds the stream open until the test releases it, then sends a second event and ends. anna's
 * token gets the 403 network-service would give a case worker. A second replica beside it drops every call.
 */
public class SseBackend extends StandInService {

    static volatile CountDownLatch release = new CountDownLatch(1);
    /** Listed before the live stand-in as a second replica of network-service that drops every call. */
    static DroppingReplica dropping;

    @Override
    protected void answer(HttpServer server) {
        server.createContext("/api/network/notifications", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && username(authorization).equals("anna")) {
                byte[] problem = "{\"status\":403,\"title\":\"Forbidden\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(403, problem.length);
                exchange.getResponseBody().write(problem);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                write(out, "event:connected\ndata:{\"authorization\":\"" + authorization + "\"}\n\n");
                release.await(30, TimeUnit.SECONDS);
                write(out, "event:NEW_ESCALATION\ndata:{\"second\":true}\n\n");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    protected Map<String, String> settings(String url) {
        dropping = new DroppingReplica();
        return Map.of("carebridge.notifications.service-url", dropping.url() + "," + url);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String username(String authorization) {
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return claims.contains("\"preferred_username\":\"anna\"") ? "anna" : "other";
    }

    @Override
    public void stop() {
        release.countDown();
        if (dropping != null) {
            dropping.close();
        }
        super.stop();
    }
}
