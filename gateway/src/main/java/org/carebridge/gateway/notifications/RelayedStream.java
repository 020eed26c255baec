package org.carebridge.gateway.notifications;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.carebridge.gateway.proxy.Replicas;
import org.carebridge.gateway.proxy.Retry;
import org.carebridge.gateway.session.KeycloakSessions;
import org.carebridge.platform.problem.RouteProblems;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One relayed stream, from the moment it is admitted until it ends, whichever way: the client leaves (also before
 * network-service answered), network-service ends it, the relayed access token expires (the browser's EventSource
 * then reconnects with its refreshed session), or Keycloak no longer knows the sign-in (checked every
 * {@code carebridge.session.check-every}). Ending always releases the upstream connection and the user's slot,
 * exactly once. Runs on the request's event loop, so its state needs no locking.
 */
final class RelayedStream {

    private static final Logger LOG = Logger.getLogger(RelayedStream.class);
    /** What a network-service replica answers a new stream while it is stopping (or overloaded): another may serve. */
    private static final int STOPPING = 503;

    private final RoutingContext ctx;
    private final Vertx vertx;
    private final KeycloakSessions sessions;
    private final Replicas replicas;
    private final String token;
    private final Runnable release;
    private HttpClientRequest upstream;
    private boolean ended;
    private long expiryTimer = -1;
    private long checkTimer = -1;

    RelayedStream(RoutingContext ctx, Vertx vertx, KeycloakSessions sessions, Replicas replicas, String token,
                  Runnable release) {
        this.ctx = ctx;
        this.vertx = vertx;
        this.sessions = sessions;
        this.replicas = replicas;
        this.token = token;
        this.release = release;
    }

    /** @param order network-service replicas' base URLs, the one to try first first ({@link Replicas#order}) */
    void start(HttpClient client, List<String> order, Function<String, RequestOptions> request) {
        ctx.addEndHandler(done -> release()); // the response ended, or the client's connection closed
        expiryTimer = vertx.setTimer(Math.max(1, expiresAtMillis(token) - System.currentTimeMillis()),
                id -> finish("the access token expired"));
        checkTimer = vertx.setPeriodic(sessions.checkEveryMillis(), id -> sessions.check(token)
                .onSuccess(active -> {
                    if (!active) {
                        finish("the sign-in ended in Keycloak");
                    }
                }));
        connect(client, order, 0, request);
    }

    /**
     * A stream is a read: when its replica is gone before it answered, or is stopping (503: it has just ended its
     * streams, network-service NotificationHub), it goes once to another ({@link Retry}).
     */
    private void connect(HttpClient client, List<String> order, int attempt, Function<String, RequestOptions> request) {
        String base = order.get(attempt);
        boolean anotherLeft = attempt + 1 < Math.min(order.size(), 2);
        Handler<Throwable> failed = failure -> {
            if (Retry.refused(failure)) {
                replicas.refused(base);
            }
            if (!ended && anotherLeft && Retry.onAnotherReplica(HttpMethod.GET, failure)) {
                connect(client, order, attempt + 1, request);
            } else {
                unavailable(failure);
            }
        };
        client.request(request.apply(base)).onSuccess(req -> {
            upstream = req;
            req.exceptionHandler(ignored -> { }); // our own reset when the stream ends is no error
            if (ended) {
                req.reset(); // the client left while the connection was being made
                return;
            }
            req.send().onSuccess(answer -> {
                if (answer.statusCode() == STOPPING && anotherLeft && !ended) {
                    req.reset(); // its problem body is of no use to the client: the next replica answers instead
                    connect(client, order, attempt + 1, request);
                } else {
                    pipe(answer);
                }
            }).onFailure(failed);
        }).onFailure(failed);
    }

    private void pipe(HttpClientResponse answer) {
        HttpServerResponse out = ctx.response();
        if (ended) {
            return;
        }
        out.setStatusCode(answer.statusCode());
        String type = answer.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null) {
            out.putHeader(HttpHeaders.CONTENT_TYPE, type);
        }
        out.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        out.putHeader("X-Accel-Buffering", "no"); // tell a reverse proxy in front not to buffer either
        out.setChunked(true);
        // the upstream failing (also our own reset) ends the stream here; its end ends the response
        answer.pipe().endOnFailure(false).to(out).onFailure(failure -> finish("network-service let go"));
    }

    /** Ends the stream from this side: the client sees its end (an EventSource reconnects), the upstream goes. */
    private void finish(String why) {
        HttpServerResponse out = ctx.response();
        if (ended || out.ended() || out.closed()) {
            release();
            return;
        }
        LOG.debugf("%s: stream ended, %s", NotificationRelay.PATH, why);
        if (out.headWritten()) {
            out.end();
        } else {
            RouteProblems.plain(ctx.response(), 401, why);
        }
        release();
    }

    private void release() {
        if (ended) {
            return;
        }
        ended = true;
        vertx.cancelTimer(expiryTimer);
        vertx.cancelTimer(checkTimer);
        if (upstream != null) {
            upstream.reset(); // HTTP/1.1: closes the upstream connection, which frees its slot in the pool
        }
        release.run();
    }

    void unavailable(Throwable failure) {
        HttpServerResponse out = ctx.response();
        if (!ended && !out.headWritten() && !out.closed()) {
            LOG.warnf("%s: network-service unreachable: %s", NotificationRelay.PATH, failure.getMessage());
            out.putHeader("Retry-After", "5");
            RouteProblems.plain(ctx.response(), 503, "the network service does not answer, try again shortly");
        } else if (!out.closed() && !out.ended()) {
            out.reset();
        }
        release();
    }

    /** The exp claim of the relayed JWT (checked already by the gateway), in epoch milliseconds. */
    static long expiresAtMillis(String jwt) {
        return claims(jwt).getLong("exp") * 1000;
    }

    /** Whether the JWT (checked already by the gateway) was asked for with the openid scope. */
    static boolean hasOpenidScope(String jwt) {
        return Arrays.asList(claims(jwt).getString("scope", "").split(" ")).contains("openid");
    }

    private static JsonObject claims(String jwt) {
        return new JsonObject(Buffer.buffer(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])));
    }
}
