package org.carebridge.gateway.guard;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.gateway.support.GatewaySettings;

/**
 * Security headers on every answer, pages and API alike, refusals and redirects included: the web client loads
 * only its own scripts and styles (no inline code, so an injected snippet cannot run), cannot be framed, and
 * sends no referrer with a case id in it to anyone. Served over TLS (the request came over TLS, or
 * {@code carebridge.tls=true} says a TLS-terminating proxy is in front), browsers are told to use only HTTPS (HSTS).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    /** Before CORS and authentication (300, 200), so a 401 or a login redirect carries the headers too. */
    static final int PRIORITY = 400;
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final boolean tls;

    public SecurityHeaders(GatewaySettings.Tls tls) {
        this.tls = tls.enabled();
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    void addHeaders(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = ctx.response();
            response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("X-Frame-Options", "DENY")
                    .putHeader("Referrer-Policy", "no-referrer")
                    .putHeader("Cross-Origin-Opener-Policy", "same-origin")
                    .putHeader("Cross-Origin-Resource-Policy", "same-origin")
                    .putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            if (tls || ctx.request().isSSL()) {
                response.putHeader("Strict-Transport-Security", HSTS);
            }
            if (response.getStatusCode() == 499 && ctx.normalizedPath().startsWith("/api/")) {
                // Quarkus answers 499 to a script whose session is gone (no redirect a fetch() could not follow);
                // the API speaks HTTP: not signed in is 401, and the client offers to sign in again.
                response.setStatusCode(401).setStatusMessage("Unauthorized");
            }
        });
        ctx.next();
    }
}
