package org.carebridge.gateway.me;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.TreeSet;

/** Who the logged-in user is, as the web client shows it: name, roles, region and organisation. */
@Path("/api/me")
@Authenticated
public class MeResource {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public MeResource(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public record Me(String username, String name, Set<String> roles, String region, String organisation) {
    }

    @GET
    public Me me() {
        return new Me(token.getClaim("preferred_username"), token.getClaim("name"),
                new TreeSet<>(identity.getRoles()), token.getClaim("region"), token.getClaim("organisation"));
    }
}
