package org.carebridge.peer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import org.carebridge.peer.workflow.Caller;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The coordinators' live streams (server-sent events, as Carebridge's /api/me/notifications): a new escalation is
 * sent as NEW_ESCALATION to every coordinator of its region right after its transaction committed. One JVM, so no
 * cross-replica channel (Carebridge uses PostgreSQL NOTIFY for that).
 */
final class NotificationStreams {
    private final ObjectMapper json;
    private final Map<String, Set<Stream>> byRegion = new ConcurrentHashMap<>();

    private record Stream(String username, HttpExchange exchange, OutputStream out) {
    }

    NotificationStreams(ObjectMapper json) {
        this.json = json;
    }

    /** Opens the caller's stream; the exchange stays open after the handler returns, until the client leaves. */
    void open(Caller caller, HttpExchange exchange) throws IOException {
        caller.require(Caller.COORDINATOR);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Stream stream = new Stream(caller.username(), exchange, exchange.getResponseBody());
        byRegion.computeIfAbsent(caller.region(), r -> ConcurrentHashMap.newKeySet()).add(stream);
        send(caller.region(), stream, "connected", Map.of("user", caller.username()));
    }

    void newEscalation(Map<String, Object> escalation) {
        String region = String.valueOf(escalation.get("region"));
        for (Stream stream : byRegion.getOrDefault(region, Set.of())) {
            send(region, stream, "NEW_ESCALATION", escalation);
        }
    }

    private void send(String region, Stream stream, String event, Object data) {
        byte[] frame;
        try {
            frame = ("event: " + event + "\ndata: " + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (stream) { // frames of two escalations committed at once must not interleave
            try {
                stream.out().write(frame);
                stream.out().flush();
            } catch (IOException gone) {
                byRegion.getOrDefault(region, Set.of()).remove(stream);
                stream.exchange().close();
            }
        }
    }
}
