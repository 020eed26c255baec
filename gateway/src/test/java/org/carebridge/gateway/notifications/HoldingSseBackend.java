package org.carebridge.gateway.notifications;

import com.sun.net.httpserver.HttpServer;
import org.carebridge.gateway.support.StandInService;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for network-service's notification stream that, like the real one, holds every stream open until the
 * listener goes (it notices on its next heartbeat write), and sends an event to all open streams on request. It
 * counts the streams it holds, so a test can see whether the gateway let go of them upstream.
 */
public class HoldingSseBackend extends StandInService {

    private static final Set<OutputStream> OPEN = ConcurrentHashMap.newKeySet();

    static int open() {
        return OPEN.size();
    }

    static void broadcast(String event) {
        for (OutputStream out : OPEN) {
            write(out, "event:" + event + "\ndata:{}\n\n");
        }
    }

    @Override
    protected void answer(HttpServer server) {
        server.createContext("/api/network/notifications", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            OPEN.add(out);
            try {
                write(out, "event:connected\ndata:{}\n\n");
                while (write(out, ":heartbeat\n\n")) {
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                OPEN.remove(out);
                exchange.close();
            }
        });
    }

    @Override
    protected Map<String, String> settings(String url) {
        return Map.of("carebridge.notifications.service-url", url);
    }

    private static boolean write(OutputStream out, String text) {
        synchronized (out) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                OPEN.remove(out);
                return false;
            }
        }
    }
}
