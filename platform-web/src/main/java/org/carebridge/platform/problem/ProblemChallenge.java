package org.carebridge.platform.problem;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * The bearer-token mechanism of every service, unchanged, except that its 401 for a request without a token
 * carries a problem+json body beside the WWW-Authenticate header: Quarkus sends that challenge empty, before any
 * exception mapper could see it (a token that does not verify fails the route instead: see StatusFailures). The
 * "security customization" pattern of the Quarkus guide: an alternative that delegates to the OIDC mechanism.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {

    static final String DETAIL = "a valid bearer token is required";

    @Inject
    OidcAuthenticationMechanism oidc;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return oidc.authenticate(context, identities);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return oidc.getChallenge(context).map(challenge -> {
            if (challenge == null) {
                return false;
            }
            challenge.getHeaders().forEach((name, value) -> context.response().headers().set(name, value));
            if (challenge.status == 401) {
                RouteProblems.plain(context.response(), 401, DETAIL);
            } else {
                context.response().setStatusCode(challenge.status);
            }
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    /** Before the OIDC mechanism itself, which Quarkus keeps in its list beside this alternative. */
    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
