package org.carebridge.platform.openapi;

import io.quarkus.vertx.http.ManagementInterface;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the service's AsyncAPI document (its events; {@code src/main/resources/asyncapi.yaml}, validated by the
 * services' contract tests) at {@code /q/asyncapi} beside {@code /q/openapi}: on the management interface only, like
 * every {@code /q} path. An application without the file (the gateway) serves nothing there.
 */
public class AsyncApiDocument {

    static final String PATH = "/q/asyncapi";
    static final String RESOURCE = "/asyncapi.yaml";

    void serve(@Observes ManagementInterface management) {
        byte[] document = read();
        if (document == null) {
            return;
        }
        management.router().get(PATH).handler(rc -> rc.response()
                .putHeader("Content-Type", "application/yaml; charset=UTF-8")
                .end(io.vertx.core.buffer.Buffer.buffer(document)));
    }

    private static byte[] read() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
