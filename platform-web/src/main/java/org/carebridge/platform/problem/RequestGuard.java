package org.carebridge.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refusals about the request's shape, made first of all and answered as problem+json: a request line over
 * {@code carebridge.http.max-request-line} (414), headers over {@code carebridge.http.max-header-size} (431), a
 * declared body over {@code quarkus.http.limits.max-body-size} (413), and a path or query that is not valid
 * percent-encoded UTF-8 (400 naming the parameter). Vert.x' own codec would answer the first two with an empty
 * body and cannot be hooked in this Quarkus version; its limits are set far above ours (platform defaults), so that
 * only requests beyond those still get its empty answer.
 */
@ApplicationScoped
public class RequestGuard {

    static final String ENCODING = "is not valid percent-encoded UTF-8";

    void install(@Observes Router router) {
        int maxLine = ConfigProvider.getConfig().getOptionalValue("carebridge.http.max-request-line", Integer.class)
                .orElse(4096);
        long maxHeaders = size("carebridge.http.max-header-size", "20K");
        long maxBody = size("quarkus.http.limits.max-body-size", "10240K");
        // before Quarkus' own body size check (order -2), security and every resource
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            if (request.method().name().length() + request.uri().length() + 10 > maxLine) {
                refuse(ctx, 414, "the request line is longer than " + maxLine + " characters");
            } else if (headerSize(request.headers()) > maxHeaders) {
                refuse(ctx, 431, "the request headers are larger than " + maxHeaders + " bytes");
            } else if (declaredLength(request) > maxBody) {
                refuse(ctx, 413, "the request body is larger than " + maxBody + " bytes");
            } else {
                String field = badlyEncoded(request);
                if (field != null) {
                    RouteProblems.field(ctx.response(), 400, field, ENCODING);
                } else {
                    ctx.next();
                }
            }
        });
    }

    private static void refuse(RoutingContext ctx, int status, String detail) {
        // the rest of an oversized request is never read: the connection ends with the answer
        ctx.response().putHeader("Connection", "close");
        RouteProblems.plain(ctx.response(), status, detail);
    }

    static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF, as on the wire
        }
        return size;
    }

    private static long declaredLength(HttpServerRequest request) {
        try {
            String length = request.getHeader("Content-Length");
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "path", the first query parameter whose name or value does not decode, or null when all is well formed. */
    static String badlyEncoded(HttpServerRequest request) {
        if (!decodes(request.path())) {
            return "path";
        }
        String query = request.query();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!decodes(pair)) {
                return decodes(name) && !name.isBlank() ? decode(name) : "query";
            }
        }
        return null;
    }

    static boolean decodes(String raw) {
        return raw == null || decode(raw) != null;
    }

    /** Strict percent-decoding: null for a stray '%', a bad hex digit or bytes that are not UTF-8 (CESU surrogates). */
    static String decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip()).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static long size(String key, String fallback) {
        String value = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(fallback);
        MemorySize size = new MemorySizeConverter().convert(value);
        return size == null ? Long.MAX_VALUE : size.asLongValue();
    }
}
