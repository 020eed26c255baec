package org.carebridge.gateway.guard;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.gateway.web.WebTenantResolver;

/**
 * Refusals that Quarkus and Vert.x would answer with an empty body, as problem+json naming no internal class: a
 * missing or bad token on /api (401 with the Bearer challenge; pages keep their redirect to the login), a
 * forbidden call (403), an /api call with neither token nor session (401, answered before authentication, which
 * would send its challenge without a body), an address or method no route serves (404, 405), and a request Vert.x
 * Web will not route (no Host header, an empty path: 400, where Quarkus would name the exception class). JAX-RS's own
 * refusals are mapped by {@link JaxRsProblems}; limits and path shape are {@link RequestShape}'s.
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
            unauthorized(ctx);
        } else {
            ctx.next();
        }
    }

    private static void unauthorized(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(ctx, 401, "Unauthorized", "a valid access token for the Carebridge API is required");
    }

    void install(@Observes Router router) {
        // before Quarkus' own failure handler, which would answer the challenge with an empty body
        router.route().order(-1).failureHandler(this::failure);
        router.errorHandler(400, ctx -> Problems.send(ctx, 400, "Bad Request", "the request was refused"));
        router.errorHandler(404, ctx -> Problems.send(ctx, 404, "Not Found", "no such resource"));
        router.errorHandler(405, ctx -> Problems.send(ctx, 405, "Method Not Allowed", "method not allowed here"));
    }

    private void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten()) {
            ctx.next();
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            // Vert.x refusing the request itself, e.g. a path that does not start with '/' (404)
            Problems.send(ctx, ctx.statusCode(), ctx.statusCode() == 400 ? "Bad Request" : "Refused",
                    "the request was refused");
        } else if (refusedByTheRouter(ctx)) {
            // Vert.x Web's own message ("... the 'Host' header is required") says what is wrong, without a class
            Problems.send(ctx, ctx.statusCode(), HttpResponseStatus.valueOf(ctx.statusCode()).reasonPhrase(),
                    failure.getMessage());
        } else if (!ctx.request().path().startsWith("/api/")) {
            ctx.next();
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthorized(ctx);
        } else if (failure instanceof ForbiddenException) {
            Problems.send(ctx, 403, "Forbidden", "not allowed for you");
        } else {
            ctx.next();
        }
    }

    /** Vert.x Web fails a request it will not route with a 4xx and a plain VertxException, before any handler ran. */
    static boolean refusedByTheRouter(RoutingContext ctx) {
        return ctx.failure() != null && ctx.failure().getClass() == VertxException.class && ctx.statusCode() >= 400
                && ctx.statusCode() < 500;
    }
}
