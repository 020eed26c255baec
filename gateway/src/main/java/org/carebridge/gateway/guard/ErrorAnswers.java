package org.carebridge.gateway.guard;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.gateway.web.WebTenantResolver;
import org.carebridge.platform.problem.RouteProblems;

/**
 * The gateway's refusals beyond platform-web's (whose StatusFailures answers a token that does not verify, a refused
 * role and a request Vert.x Web will not route, and ProblemMappers JAX-RS' own refusals): an /api call with neither
 * token nor session (401, answered before authentication, which would send its challenge without a body), and an
 * address or method no route serves (404, 405), pages included, where a service serves /api only.
 */
@ApplicationScoped
public class ErrorAnswers {

    /** After the shape checks (390) and the cross-site guard (250), before authentication (200). */
    static final int PRIORITY = 240;

    void register(@Observes Filters filters) {
        filters.register(ErrorAnswers::requireCredentials, PRIORITY);
    }

    static void requireCredentials(RoutingContext ctx) {
        if (ctx.normalizedPath().startsWith("/api/") && ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && !WebTenantResolver.hasSession(ctx)) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            RouteProblems.plain(ctx.response(), 401, "a valid access token for the Carebridge API is required");
        } else {
            ctx.next();
        }
    }

    void install(@Observes Router router) {
        router.errorHandler(400, ctx -> RouteProblems.plain(ctx.response(), 400, "the request was refused"));
        router.errorHandler(404, ctx -> RouteProblems.plain(ctx.response(), 404, "no such resource"));
        router.errorHandler(405, ctx -> RouteProblems.plain(ctx.response(), 405, "method not allowed here"));
    }
}
