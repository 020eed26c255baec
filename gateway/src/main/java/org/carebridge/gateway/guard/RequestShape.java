package org.carebridge.gateway.guard;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carebridge.gateway.support.GatewaySettings;
import org.carebridge.platform.problem.RouteProblems;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses, before anything else looks at it, a request whose shape the gateway does not route: a path that is not
 * in normal form (the proxy forwards the raw path, so {@code /api/cases/..;/..;/q/metrics} would reach a service's
 * own endpoints), an address, headers or a body over the gateway's limits. Each refusal is problem+json; the HTTP
 * decoder's own, higher limits (application.properties) answer without a body, which is why these come first.
 */
@ApplicationScoped
public class RequestShape {

    /** After the security headers (400), so refusals carry them; before the cross-site guard and authentication. */
    static final int PRIORITY = 390;
    /**
     * Not normal form: a dot segment, an empty segment ({@code //}), a matrix parameter or other ';', a backslash,
     * an encoded dot, slash, backslash, ';' or percent sign (double encoding), an overlong UTF-8 form (%c0, %c1),
     * a control character or a stray '%'.
     */
    private static final Pattern NOT_NORMAL = Pattern.compile(
            "(^|/)\\.{1,2}(/|$)|//|;|\\\\|%(2e|2f|5c|25|3b|c0|c1|0[0-9a-f]|1[0-9a-f]|7f)|%(?![0-9a-f]{2})|[\\x00-\\x20\\x7f]",
            Pattern.CASE_INSENSITIVE);

    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    @Inject
    public RequestShape(GatewaySettings.Limits limits) {
        this.maxUriLength = limits.maxUriLength();
        this.maxHeaderBytes = limits.maxHeaderBytes();
        this.maxBodyBytes = limits.maxBodyBytes();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            RouteProblems.plain(ctx.response(), 414, "the address is longer than " + maxUriLength + " characters");
        } else if (headerBytes(request) > maxHeaderBytes) {
            RouteProblems.plain(ctx.response(), 431,
                    "the request headers are larger than " + maxHeaderBytes + " bytes");
        } else if (contentLength(request) > maxBodyBytes) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            RouteProblems.plain(ctx.response(), 413, "the body is larger than " + maxBodyBytes + " bytes");
        } else if (!isNormal(rawPath(request))) {
            RouteProblems.plain(ctx.response(), 400, "the path is not in normal form (no dot segments, '//', ';', "
                    + "backslashes or encoded '.', '/', '\\', '%')");
        } else {
            ctx.next();
        }
    }

    static boolean isNormal(String rawPath) {
        return rawPath.startsWith("/") && !NOT_NORMAL.matcher(rawPath).find();
    }

    /** The path as sent, before any decoding or normalisation. */
    private static String rawPath(HttpServerRequest request) {
        String uri = request.uri();
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0; // not a number: the HTTP decoder refuses it
        }
    }
}
