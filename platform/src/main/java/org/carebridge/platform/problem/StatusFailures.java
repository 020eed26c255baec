package org.carebridge.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request the HTTP layer fails with a 4xx before any resource (a bearer token that does not verify, a role check
 * of an HTTP permission, no route at all) is answered as problem+json, not Vert.x' empty or HTML page; anything
 * else goes on to Quarkus' own failure handling.
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
            } else {
                ctx.next();
            }
        });
    }
}
