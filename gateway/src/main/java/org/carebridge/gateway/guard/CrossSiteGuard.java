package org.carebridge.gateway.guard;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.gateway.web.WebTenantResolver;
import org.carebridge.platform.problem.RouteProblems;

import java.net.URI;
import java.util.Set;

/**
 * Refuses cross-site requests that would change something (403, problem+json). A browser session is a cookie,
 * which a browser attaches to a request another site makes it send; so a state-changing request must come from
 * this site (Origin and Sec-Fetch-Site, when sent, say so) and, with a session cookie, carry the
 * {@code X-Requested-With} header, which another site cannot add without a CORS permission it never gets. Bearer
 * token clients (servers, scripts) send no cookie and are not affected. The session cookie is also SameSite=Lax.
 */
@ApplicationScoped
public class CrossSiteGuard {

    public static final String REQUIRED_HEADER = "X-Requested-With";
    static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** After the security headers (400), before authentication (200): a forged request costs no token check. */
    static final int PRIORITY = 250;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext ctx) {
        String refusal = SAFE.contains(ctx.request().method()) ? null : refusal(ctx);
        if (refusal == null) {
            ctx.next();
        } else {
            RouteProblems.plain(ctx.response(), 403, refusal);
        }
    }

    private static String refusal(RoutingContext ctx) {
        if ("cross-site".equals(ctx.request().getHeader("Sec-Fetch-Site"))) {
            return "cross-site request refused";
        }
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !sameOrigin(origin, ctx.request().getHeader(HttpHeaders.HOST))) {
            return "request from another origin refused";
        }
        if (WebTenantResolver.hasSession(ctx) && ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && ctx.request().getHeader(REQUIRED_HEADER) == null) {
            return "change refused: a browser session must send the " + REQUIRED_HEADER + " header";
        }
        return null;
    }

    static boolean sameOrigin(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
