package org.carebridge.gateway.proxy;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.carebridge.gateway.web.SessionTokens;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Forwards {@code /api/{cases|network|advisory}/**} to a replica of the owning service ({@link Replicas}) with the
 * caller's bearer token; a call that failed on a replica that is gone goes once to another ({@link Retry}).
 * The gateway checks the token first, but each service checks it again and applies its own object-level rules.
 * A browser signed in with a session cookie has its session's access token relayed the same way.
 */
@Path("/api/{section: cases|network|advisory}{rest: (/.*)?}")
@Authenticated
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    // no traceparent among them: the client's is the parent of the gateway's own span, and the Vert.x client under
    // this WebClient (traced by quarkus-opentelemetry) sends the services the gateway's span as theirs (TraceIT)
    private static final List<String> FORWARDED_REQUEST_HEADERS =
            List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE);
    private static final Set<String> FORWARDED_RESPONSE_HEADERS =
            Set.of("content-type", "cache-control", "etag", "last-modified", "x-total-count", "link", "retry-after");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebClient client;
    private final Replicas replicas;
    private final SecurityIdentity identity;

    public ApiProxy(Vertx vertx, Replicas replicas, SecurityIdentity identity) {
        this.client = WebClient.create(vertx);
        this.replicas = replicas;
        this.identity = identity;
    }

    @GET
    public Uni<Response> get(@PathParam("section") String section, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward(HttpMethod.GET, section, uri, headers, null);
    }

    @DELETE
    public Uni<Response> delete(@PathParam("section") String section, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward(HttpMethod.DELETE, section, uri, headers, null);
    }

    @POST
    public Uni<Response> post(@PathParam("section") String section, @Context UriInfo uri, @Context HttpHeaders headers,
                              byte[] body) {
        return forward(HttpMethod.POST, section, uri, headers, body);
    }

    @PUT
    public Uni<Response> put(@PathParam("section") String section, @Context UriInfo uri, @Context HttpHeaders headers,
                             byte[] body) {
        return forward(HttpMethod.PUT, section, uri, headers, body);
    }

    @PATCH
    public Uni<Response> patch(@PathParam("section") String section, @Context UriInfo uri, @Context HttpHeaders headers,
                               byte[] body) {
        return forward(HttpMethod.PATCH, section, uri, headers, body);
    }

    private Uni<Response> forward(HttpMethod method, String section, UriInfo uri, HttpHeaders headers, byte[] body) {
        return replicas.order(ServiceRoutes.serviceOf(section))
                .flatMap(order -> send(method, order, 0, uri, headers, body))
                .onFailure().recoverWithItem(failure -> unavailable(section, failure));
    }

    /** Sends to replica {@code attempt} of {@code order}; a failure {@link Retry} allows goes once to the next. */
    private Uni<Response> send(HttpMethod method, List<String> order, int attempt, UriInfo uri, HttpHeaders headers,
                               byte[] body) {
        String base = order.get(attempt);
        String rawQuery = uri.getRequestUri().getRawQuery();
        String target = base + uri.getRequestUri().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery);
        HttpRequest<Buffer> request = client.requestAbs(method, target).timeout(TIMEOUT.toMillis());
        String authorization = SessionTokens.authorization(headers.getHeaderString(HttpHeaders.AUTHORIZATION), identity);
        if (authorization != null) {
            request.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        for (String name : FORWARDED_REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                request.putHeader(name, value);
            }
        }
        Uni<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendBuffer(Buffer.buffer(body));
        return sent.map(ApiProxy::toResponse).onFailure().recoverWithUni(failure -> {
            if (Retry.refused(failure)) {
                replicas.refused(base);
            }
            if (attempt + 1 < Math.min(order.size(), 2) && Retry.onAnotherReplica(method, failure)) {
                LOG.debugf("%s %s failed on %s (%s): trying another replica", method, uri.getRequestUri().getRawPath(),
                        base, failure.getMessage());
                return send(method, order, attempt + 1, uri, headers, body);
            }
            return Uni.createFrom().failure(failure);
        });
    }

    private static Response toResponse(HttpResponse<Buffer> upstream) {
        Response.ResponseBuilder response = Response.status(upstream.statusCode());
        upstream.headers().forEach(header -> {
            if (FORWARDED_RESPONSE_HEADERS.contains(header.getKey().toLowerCase())) {
                response.header(header.getKey(), header.getValue());
            }
        });
        String location = upstream.getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            response.header(HttpHeaders.LOCATION, pathOnly(location));
        }
        Buffer payload = upstream.body();
        return response.entity(payload == null ? null : payload.getBytes()).build();
    }

    /** A service's absolute Location names its own host; clients must only ever see the gateway. */
    static String pathOnly(String location) {
        int scheme = location.indexOf("://");
        if (scheme < 0) {
            return location;
        }
        int path = location.indexOf('/', scheme + 3);
        return path < 0 ? "/" : location.substring(path);
    }

    private static Response unavailable(String section, Throwable failure) {
        LOG.warnf("/api/%s unreachable: %s", section, failure.getMessage());
        String problem = """
                {"type":"about:blank","title":"Service Unavailable","status":503,"detail":"the %s service does not answer, try again shortly"}"""
                .formatted(section);
        return Response.status(503).type("application/problem+json").header("Retry-After", "5").entity(problem).build();
    }
}
