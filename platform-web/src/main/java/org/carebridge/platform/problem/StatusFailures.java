package org.carebridge.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.VertxException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request the HTTP layer fails with a 4xx before any resource (a bearer token that does not verify, a role check
 * of an HTTP permission, no route at all, a request Vert.x Web itself refuses) is answered as problem+json, not
 * Vert.x' empty or HTML page nor Quarkus' error JSON naming the exception class; anything else goes on to Quarkus' own
 * failure handling.
 */
@ApplicationScoped
public class StatusFailures {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.failure() instanceof AuthenticationFailedException) {
                // a token that does not verify: the route fails before Quarkus would send an empty challenge
                if (!ctx.response().headers().contains("WWW-Authenticate")) {
                    ctx.response().putHeader("WWW-Authenticate", "Bearer");
                }
                RouteProblems.plain(ctx.response(), 401, ProblemChallenge.DETAIL);
            } else if (ctx.failure() instanceof ForbiddenException) {
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

    /**
     * Vert.x Web fails a request it will not route (HTTP/1.1 without a Host header, an empty path) with a 4xx and a
     * plain VertxException, before any handler ran; Quarkus would answer it with the exception's class name.
     */
    static boolean refusedByTheRouter(RoutingContext ctx) {
        return ctx.failure() != null && ctx.failure().getClass() == VertxException.class && ctx.statusCode() >= 400
                && ctx.statusCode() < 500;
    }
}
