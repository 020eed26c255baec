package org.carebridge.gateway.me;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.carebridge.gateway.proxy.ApiProxy;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.TreeSet;

/** Who the logged-in user is, as the web client shows it: name, roles, region and organisation. */
@Path("/api/me")
@Authenticated
public class MeResource {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final ApiProxy proxy;

    public MeResource(SecurityIdentity identity, JsonWebToken token, ApiProxy proxy) {
        this.identity = identity;
        this.token = token;
        this.proxy = proxy;
    }

    public record Me(String username, String name, Set<String> roles, String region, String organisation) {
    }

    @GET
    public Me me() {
        return new Me(token.getClaim("preferred_username"), token.getClaim("name"),
                new TreeSet<>(identity.getRoles()), token.getClaim("region"), token.getClaim("organisation"));
    }

    /**
     * The caller's "my work", read from case-service's tables: relayed like {@code /api/cases/**}. Served here because
     * this class's path takes every request under /api/me, so the proxy's own path never sees it.
     */
    @GET
    @Path("/work")
    public Uni<Response> work(@Context UriInfo uri, @Context HttpHeaders headers) {
        return proxy.get("me/work", uri, headers);
    }
}
