package org.carebridge.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller as the bearer token describes them: username, realm roles and the Keycloak user attributes
 * {@code region} and {@code organisation}. Object-level rules compare these with the service's own data.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public Optional<String> region() {
        return Optional.ofNullable(token.<String>getClaim("region"));
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(token.<String>getClaim("organisation"));
    }

    /** No bearer token: a Kafka consumer or a scheduled job acting for the service itself. */
    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }
}
