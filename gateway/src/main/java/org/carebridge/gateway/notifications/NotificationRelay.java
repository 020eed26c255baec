package org.carebridge.gateway.notifications;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.gateway.web.SessionTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/me/notifications}: the caller's live stream (Server-Sent Events), relayed chunk by chunk from
 * network-service with the caller's token. The /api proxy buffers whole responses, which a stream that never ends
 * cannot survive, so this is a Vert.x route that pipes the upstream body to the client as it arrives and drops
 * the upstream connection when the client leaves. The gateway's /api permission has checked the token already;
 * network-service checks it again and decides who may listen (its 401/403 pass through unchanged). A browser's
 * EventSource sends its session cookie, whose access token is relayed.
 */
@ApplicationScoped
public class NotificationRelay {

    static final String PATH = "/api/me/notifications";
    static final String UPSTREAM = "/api/network/notifications";
    private static final Logger LOG = Logger.getLogger(NotificationRelay.class);

    private final HttpClient client;
    private final String upstream;

    public NotificationRelay(Vertx vertx,
                             @ConfigProperty(name = "carebridge.notifications.service-url") String serviceUrl) {
        // no idle timeout: the stream is quiet between events (network-service sends heartbeats)
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000).setIdleTimeout(0));
        this.upstream = serviceUrl + UPSTREAM;
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(this::relay);
    }

    void relay(RoutingContext ctx) {
        HttpServerResponse out = ctx.response();
        RequestOptions upstreamRequest = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(upstream)
                .putHeader(HttpHeaders.ACCEPT, "text/event-stream");
        String authorization = SessionTokens.authorization(ctx.request().getHeader(HttpHeaders.AUTHORIZATION),
                ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null);
        if (authorization != null) {
            upstreamRequest.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        client.request(upstreamRequest).compose(HttpClientRequest::send)
                .onSuccess(upstream -> pipe(upstream, out))
                .onFailure(failure -> unavailable(out, failure));
    }

    private static void pipe(HttpClientResponse upstream, HttpServerResponse out) {
        out.setStatusCode(upstream.statusCode());
        String type = upstream.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null) {
            out.putHeader(HttpHeaders.CONTENT_TYPE, type);
        }
        out.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        out.putHeader("X-Accel-Buffering", "no"); // tell a reverse proxy in front not to buffer either
        out.setChunked(true);
        out.closeHandler(closed -> upstream.request().reset()); // the client left: let go of the upstream stream
        upstream.pipeTo(out);
    }

    private static void unavailable(HttpServerResponse out, Throwable failure) {
        LOG.warnf("%s: network-service unreachable: %s", PATH, failure.getMessage());
        if (out.headWritten()) {
            out.reset();
            return;
        }
        out.setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader("Retry-After", "5")
                .end("""
                        {"type":"about:blank","title":"Service Unavailable","status":503,"detail":"the network service does not answer, try again shortly"}""");
    }
}
