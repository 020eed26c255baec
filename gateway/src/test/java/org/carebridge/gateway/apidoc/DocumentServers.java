package org.carebridge.gateway.apidoc;

import com.sun.net.httpserver.HttpServer;
import org.carebridge.gateway.support.LocalHttpServer;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Stand-in management interfaces, each serving one fixture document (src/test/resources/apidoc) at /q/openapi. */
final class DocumentServers implements AutoCloseable {

    private final List<HttpServer> servers = new ArrayList<>();
    /** How many documents were asked for, over all of them. */
    final AtomicInteger asked = new AtomicInteger();

    /** A management interface serving the fixture of {@code source}; its base URL. */
    String serving(String source) {
        byte[] body = MergedDocumentTest.fixture(source).toString().getBytes(StandardCharsets.UTF_8);
        return start(body, 200);
    }

    /** One that answers every request with {@code status} and no body. */
    String failing(int status) {
        return start(null, status);
    }

    private String start(byte[] body, int status) {
        HttpServer server = LocalHttpServer.create();
        server.createContext("/q/openapi", exchange -> {
            asked.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
    }
}
