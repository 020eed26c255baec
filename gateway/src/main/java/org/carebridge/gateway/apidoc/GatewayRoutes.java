package org.carebridge.gateway.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The gateway's operations that its own {@code /q/openapi} cannot show: {@code /api/me/notifications} is a Vert.x
 * route (NotificationRelay), which the scanner does not see. Described in {@value #RESOURCE} and added to the
 * gateway's document before the merge, not to {@code /q/openapi} itself: deploy/proof's access matrix calls every
 * operation there and wants a rule for each, and an allowed live stream does not end.
 */
final class GatewayRoutes {

    static final String RESOURCE = "/apidoc/gateway-routes.json";
    private static final JsonNode ROUTES = read();

    private GatewayRoutes() {
    }

    /** {@code gateway}, the gateway's own document, with these routes' paths added. */
    static JsonNode addTo(JsonNode gateway) {
        ObjectNode document = gateway.deepCopy();
        ObjectNode paths = document.withObjectProperty("paths");
        ROUTES.path("paths").properties().forEach(path -> paths.set(path.getKey(), path.getValue().deepCopy()));
        return document;
    }

    private static JsonNode read() {
        try (InputStream in = GatewayRoutes.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
