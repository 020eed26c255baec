package org.carebridge.gateway.notifications;

import com.sun.net.httpserver.HttpServer;
import org.carebridge.gateway.support.LocalHttpServer;
import org.carebridge.gateway.support.StandInService;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two replicas of network-service's stream: one stopping, which answers every new stream 503 as network-service
 * does once its NotificationHub closed, and one live (the stand-in itself), which sends "connected" and holds the
 * stream until released. Each on a port of its own: the relay knows replicas by host and port.
 */
public class StoppingReplicaBackend extends StandInService {

    static final AtomicInteger refused = new AtomicInteger();
    static volatile CountDownLatch release = new CountDownLatch(1);
    private HttpServer stopping;

    @Override
    protected void answer(HttpServer server) {
        stopping = LocalHttpServer.create();
        stopping.createContext("/api/network/notifications", exchange -> {
            refused.incrementAndGet();
            byte[] problem = "{\"status\":503,\"title\":\"Service Unavailable\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(503, problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
        });
        stopping.start();
        server.createContext("/api/network/notifications", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("event:connected\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException gone) {
                // the test's client left
            }
        });
    }

    @Override
    protected Map<String, String> settings(String url) {
        String stoppingUrl = "http://127.0.0.1:" + stopping.getAddress().getPort();
        return Map.of("carebridge.notifications.service-url", stoppingUrl + "," + url);
    }

    @Override
    public void stop() {
        release.countDown();
        if (stopping != null) {
            stopping.stop(0);
        }
        super.stop();
    }
}
