package org.carebridge.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.VertxException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request the HTTP layer fails with a 4xx before any resource (a bearer token that does not verify, a role check
 * of an HTTP permission, no route at all, a request Vert.x Web itself refuses) is answered as problem+json, not
 * Vert.x' empty or HTML page nor Quarkus' error JSON naming the exception class; anything else goes on to Quarkus' own
 * failure handling. Security failures are answered so under /api only: elsewhere (the gateway's pages) Quarkus' own
 * handling sends the browser to the login page.
 */
@ApplicationScoped
public class StatusFailures {

    private static final String API = "/api/";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            boolean api = underApi(ctx);
            if (ctx.response().headWritten()) {
                ctx.next();
            } else if (api && (ctx.failure() instanceof AuthenticationFailedException
                    || ctx.failure() instanceof UnauthorizedException)) {
                // a token that does not verify: the route fails before Quarkus would send an empty challenge
                if (!ctx.response().headers().contains("WWW-Authenticate")) {
                    ctx.response().putHeader("WWW-Authenticate", "Bearer");
                }
                RouteProblems.plain(ctx.response(), 401, ProblemChallenge.DETAIL);
            } else if (api && ctx.failure() instanceof ForbiddenException) {
                RouteProblems.plain(ctx.response(), 403, "not allowed for your role");
            } else if (ctx.failure() == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
                RouteProblems.plain(ctx.response(), ctx.statusCode(), RouteProblems.reason(ctx.statusCode()));
            } else if (refusedByTheRouter(ctx)) {
                // Vert.x Web's own message ("... the 'Host' header is required") says what is wrong, without a class
                RouteProblems.plain(ctx.response(), ctx.statusCode(), ctx.failure().getMessage());
            } else {
                ctx.next();
            }
        });
    }

    static boolean underApi(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return path != null && path.startsWith(API);
    }

    /**
     * Vert.x Web fails a request it will not route (HTTP/1.1 without a Host header, an empty path) with a 4xx and a
     * plain VertxException, before any handler ran; Quarkus would answer it with the exception's class name.
     */
    static boolean refusedByTheRouter(RoutingContext ctx) {
        return ctx.failure() != null && ctx.failure().getClass() == VertxException.class && ctx.statusCode() >= 400
                && ctx.statusCode() < 500;
    }
}
