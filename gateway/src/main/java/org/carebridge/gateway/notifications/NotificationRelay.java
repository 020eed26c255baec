package org.carebridge.gateway.notifications;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.gateway.proxy.Replicas;
import org.carebridge.gateway.session.KeycloakSessions;
import org.carebridge.gateway.support.GatewaySettings;
import org.carebridge.gateway.web.SessionTokens;
import org.carebridge.platform.problem.RouteProblems;

/**
 * {@code GET /api/me/notifications}: the caller's live stream (Server-Sent Events), relayed chunk by chunk from
 * a replica of network-service (Stork service {@code notification-streams}: {@link Replicas}, another one when the
 * first is gone) with the caller's token ({@link RelayedStream}). The /api proxy buffers whole responses, which a
 * stream that never ends cannot survive, hence this Vert.x route. The gateway's /api permission has checked the
 * token already; network-service checks it again and decides who may listen (its 401/403 pass through).
 * <p>
 * Limits, so that no one can exhaust the streams of everyone: at most {@code max-streams-per-user} at once per
 * user, and beyond that 429. Refusing the newest rather than closing the oldest: a browser's EventSource reconnects
 * a closed stream at once but gives up on a 429, so closing the oldest would make six tabs evict each other in a
 * loop, and a stolen token could keep kicking the user's own tabs. Each stream has an upstream connection of its
 * own (no keep-alive) from a pool of {@code max-streams} (over it: 503), released the moment the stream ends.
 */
@ApplicationScoped
public class NotificationRelay {

    static final String PATH = "/api/me/notifications";
    static final String UPSTREAM = "/api/network/notifications";
    static final String STREAMS = "notification-streams";

    private final Vertx vertx;
    private final HttpClient client;
    private final Replicas replicas;
    private final StreamCounts counts;
    private final KeycloakSessions sessions;

    /** {@code settings.serviceUrl()} reaches the relay through Stork's list (application.properties). */
    public NotificationRelay(Vertx vertx, KeycloakSessions sessions, Replicas replicas,
                             GatewaySettings.Notifications settings) {
        this.vertx = vertx;
        this.sessions = sessions;
        this.replicas = replicas;
        // no idle timeout: the stream is quiet between events (network-service sends heartbeats)
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000).setIdleTimeout(0)
                .setKeepAlive(false), new PoolOptions().setHttp1MaxSize(settings.maxStreams()).setMaxWaitQueueSize(0));
        this.counts = new StreamCounts(settings.maxStreamsPerUser(), settings.maxStreams());
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(this::relay);
    }

    void relay(RoutingContext ctx) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        String authorization = SessionTokens.authorization(ctx.request().getHeader(HttpHeaders.AUTHORIZATION), identity);
        if (identity == null || identity.isAnonymous() || authorization == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            RouteProblems.plain(ctx.response(), 401, "a valid access token for the Carebridge API is required");
            return;
        }
        String token = authorization.substring("Bearer ".length());
        if (!RelayedStream.hasOpenidScope(token)) {
            // Keycloak's userinfo, where the stream's sign-in is checked, refuses such a token (403
            // insufficient_scope): the stream would have ended at its first check, 30 s in, with no word of why
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"openid\"");
            RouteProblems.plain(ctx.response(), 403, "a live stream needs an access token asked for with the openid "
                    + "scope (scope=openid): the gateway checks at Keycloak that its sign-in still stands");
            return;
        }
        String user = identity.getPrincipal().getName();
        StreamCounts.Refusal refusal = counts.open(user);
        if (refusal == StreamCounts.Refusal.USER) {
            RouteProblems.plain(ctx.response(), 429, "you already have " + counts.perUser()
                    + " live streams open; close one (a browser tab) first");
            return;
        }
        if (refusal == StreamCounts.Refusal.ALL) {
            ctx.response().putHeader("Retry-After", "30");
            RouteProblems.plain(ctx.response(), 503, "too many live streams at the moment, try again shortly");
            return;
        }
        RelayedStream stream = new RelayedStream(ctx, vertx, sessions, replicas, token, () -> counts.close(user));
        // a static list answers at once, on this event loop, where the stream lives
        replicas.order(STREAMS).subscribe().with(order -> stream.start(client, order,
                base -> new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(base + UPSTREAM)
                        .putHeader(HttpHeaders.ACCEPT, "text/event-stream")
                        .putHeader(HttpHeaders.AUTHORIZATION, authorization)), stream::unavailable);
    }
}
